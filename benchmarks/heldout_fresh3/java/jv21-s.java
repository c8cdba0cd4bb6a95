import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Controller("/session")
public class SessionController {
    private static final Logger AUDIT = LoggerFactory.getLogger("audit");
    private final Authenticator authenticator;

    public SessionController(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Serdeable
    public record Credentials(String username, String password) {}

    private static String forLog(String value) {
        if (value == null) {
            return "<null>";
        }
        String flat = value.replaceAll("[\\r\\n\\t\\p{Cntrl}]", "_");
        return flat.length() > 64 ? flat.substring(0, 64) + "..." : flat;
    }

    @Post
    public HttpResponse<?> login(@Body Credentials creds) {
        boolean ok = authenticator.verify(creds.username(), creds.password());
        AUDIT.info("login attempt user=" + forLog(creds.username()) + " result=" + (ok ? "success" : "failure"));
        return ok ? HttpResponse.ok() : HttpResponse.unauthorized();
    }
}
