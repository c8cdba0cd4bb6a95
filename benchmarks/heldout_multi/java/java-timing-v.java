import java.io.IOException;
import javax.servlet.*;
import javax.servlet.http.*;

public class SignatureFilter implements Filter {
    private final String expectedSignature = System.getenv("SIGNATURE");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String sig = ((HttpServletRequest) req).getHeader("X-Signature");
        if (sig == null || !sig.equals(expectedSignature)) {
            ((HttpServletResponse) resp).sendError(401);
            return;
        }
        chain.doFilter(req, resp);
    }
}
