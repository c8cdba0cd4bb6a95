import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

@Provider
public class BearerAuthFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext ctx) {
        String header = ctx.getHeaderString("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            ctx.abortWith(Response.status(401).build());
            return;
        }
        DecodedJWT jwt = JWT.decode(header.substring(7));
        if (jwt.getExpiresAtAsInstant() == null
                || jwt.getExpiresAtAsInstant().isBefore(java.time.Instant.now())) {
            ctx.abortWith(Response.status(401).build());
            return;
        }
        ctx.setProperty("tenant", jwt.getClaim("tenant").asString());
        ctx.setProperty("subject", jwt.getSubject());
    }
}
