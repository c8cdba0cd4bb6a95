import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

@Provider
public class BearerAuthFilter implements ContainerRequestFilter {
    private final JWTVerifier verifier = JWT.require(Algorithm.HMAC256(System.getenv("API_JWT_SECRET")))
            .withIssuer("https://id.example.com")
            .build();

    @Override
    public void filter(ContainerRequestContext ctx) {
        String header = ctx.getHeaderString("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            ctx.abortWith(Response.status(401).build());
            return;
        }
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(header.substring(7));
        } catch (JWTVerificationException e) {
            ctx.abortWith(Response.status(401).build());
            return;
        }
        ctx.setProperty("tenant", jwt.getClaim("tenant").asString());
        ctx.setProperty("subject", jwt.getSubject());
    }
}
