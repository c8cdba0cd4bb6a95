import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.io.IOException;
import javax.servlet.*;
import javax.servlet.http.*;

public class BearerAuthFilter implements Filter {
    private final JWTVerifier verifier = JWT.require(Algorithm.HMAC256(System.getenv("JWT_SECRET")))
            .withIssuer("https://auth.acme.io")
            .build();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String auth = req.getHeader("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            ((HttpServletResponse) response).sendError(401);
            return;
        }
        try {
            DecodedJWT jwt = verifier.verify(auth.substring(7));
            req.setAttribute("userId", jwt.getSubject());
            req.setAttribute("scopes", jwt.getClaim("scope").asString());
            chain.doFilter(request, response);
        } catch (Exception e) {
            ((HttpServletResponse) response).sendError(401);
        }
    }
}
