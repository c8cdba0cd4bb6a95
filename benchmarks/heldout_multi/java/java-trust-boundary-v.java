import java.io.IOException;
import javax.servlet.http.*;

public class RoleServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession();
        session.setAttribute("user", req.getRemoteUser());
        session.setAttribute("role", req.getParameter("role"));
        resp.sendRedirect("/dashboard");
    }
}
