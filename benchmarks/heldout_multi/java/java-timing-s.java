import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.servlet.*;
import javax.servlet.http.*;

public class SignatureFilter implements Filter {
    private final String expectedSignature = System.getenv("SIGNATURE");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String sig = ((HttpServletRequest) req).getHeader("X-Signature");
        if (sig == null || !MessageDigest.isEqual(sig.getBytes(StandardCharsets.UTF_8), expectedSignature.getBytes(StandardCharsets.UTF_8))) {
            ((HttpServletResponse) resp).sendError(401);
            return;
        }
        chain.doFilter(req, resp);
    }
}
