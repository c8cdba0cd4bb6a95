import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/sso/callback")
public class SsoCallbackServlet extends HttpServlet {
    private final SsoClient sso = SsoClient.fromEnv();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String email = sso.exchangeCodeForEmail(req.getParameter("code"));
        if (email == null) {
            resp.sendError(401);
            return;
        }
        HttpSession session = req.getSession(true);
        session.setAttribute("email", email);
        String role = req.getParameter("role");
        session.setAttribute("role", role == null ? "viewer" : role);
        resp.sendRedirect("/app");
    }
}
// Elsewhere: AdminFilter lets a request through when session.getAttribute("role") equals "admin".
