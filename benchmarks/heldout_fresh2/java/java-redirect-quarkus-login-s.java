import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/auth")
public class LoginResource {

    @Inject
    AccountService accounts;

    private static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.contains("\r") || next.contains("\n")) {
            return "/home";
        }
        return next;
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username,
                          @FormParam("password") String password,
                          @QueryParam("continue") @DefaultValue("/home") String next) {
        if (!accounts.checkPassword(username, password)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        String token = accounts.openSession(username);
        return Response.seeOther(URI.create(safeNext(next)))
                .header("Set-Cookie", "sid=" + token + "; Path=/; Secure; HttpOnly; SameSite=Lax")
                .build();
    }
}
