import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.owasp.encoder.Encode;

@Path("/u")
public class PublicProfileResource {
    private final UserDirectory users;

    public PublicProfileResource(UserDirectory users) {
        this.users = users;
    }

    @GET
    @Path("/{handle}")
    @Produces(MediaType.TEXT_HTML)
    public String profile(@PathParam("handle") String handle) {
        UserDirectory.Profile p = users.byHandle(handle);
        if (p == null) {
            return "<html><body><p>No user called " + Encode.forHtml(handle) + "</p></body></html>";
        }
        return "<html><body><h1>" + Encode.forHtml(p.displayName()) + "</h1><p>"
                + Encode.forHtml(p.bio()) + "</p></body></html>";
    }
}
