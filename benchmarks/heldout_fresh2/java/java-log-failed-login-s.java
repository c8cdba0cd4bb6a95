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

    /** Makes a value safe for one log line: control characters become '_' and length is capped. */
    private static String clean(String s) {
        if (s == null) return "-";
        String oneLine = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "_");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "..." : oneLine;
    }

    @POST
    public Response login(@FormParam("user") String user, @FormParam("password") String password,
                          @HeaderParam("User-Agent") String agent) {
        if (!users.check(user, password)) {
            AUDIT.warning("login failed for user=" + clean(user) + " agent=" + clean(agent));
            return Response.status(401).build();
        }
        AUDIT.info("login ok for user=" + clean(user));
        return Response.ok(users.newSession(user)).build();
    }
}
