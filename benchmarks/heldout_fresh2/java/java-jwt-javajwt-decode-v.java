import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.io.IOException;
import javax.servlet.*;
import javax.servlet.http.*;

public class BearerAuthFilter implements Filter {

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
            DecodedJWT jwt = JWT.decode(auth.substring(7));
            if (jwt.getExpiresAt() == null || jwt.getExpiresAt().getTime() < System.currentTimeMillis()) {
                ((HttpServletResponse) response).sendError(401, "expired");
                return;
            }
            req.setAttribute("userId", jwt.getSubject());
            req.setAttribute("scopes", jwt.getClaim("scope").asString());
            chain.doFilter(request, response);
        } catch (Exception e) {
            ((HttpServletResponse) response).sendError(401);
        }
    }
}
