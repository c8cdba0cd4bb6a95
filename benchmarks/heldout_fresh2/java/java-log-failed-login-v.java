import java.util.logging.Logger;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Response;

@Path("/session")
public class SessionResource {
    private static final Logger AUDIT = Logger.getLogger("audit");
    private final UserDirectory users;

    public SessionResource(UserDirectory users) {
        this.users = users;
    }

    @POST
    public Response login(@FormParam("user") String user, @FormParam("password") String password,
                          @HeaderParam("User-Agent") String agent) {
        if (!users.check(user, password)) {
            AUDIT.warning("login failed for user=" + user + " agent=" + agent);
            return Response.status(401).build();
        }
        AUDIT.info("login ok for user=" + user);
        return Response.ok(users.newSession(user)).build();
    }
}
