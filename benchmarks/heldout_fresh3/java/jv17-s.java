import java.io.IOException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

@WebServlet("/workspace/switch")
public class WorkspaceSwitchServlet extends HttpServlet {
    private final MembershipDao memberships = new MembershipDao();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession(false);
        if (session == null || session.getAttribute("userId") == null) {
            resp.sendError(401);
            return;
        }
        String userId = (String) session.getAttribute("userId");
        String workspace = req.getParameter("workspace");
        String role = memberships.roleOf(userId, workspace);
        if (role == null) {
            resp.sendError(403);
            return;
        }
        session.setAttribute("workspaceId", workspace);
        session.setAttribute("workspaceRole", role);
        resp.sendRedirect(req.getContextPath() + "/workspace/home");
    }
}
