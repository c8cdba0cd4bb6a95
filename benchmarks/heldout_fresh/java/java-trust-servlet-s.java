import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

@WebServlet("/switch-account")
public class SwitchAccountServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession(false);
        if (session == null || session.getAttribute("userId") == null) {
            resp.sendError(401);
            return;
        }
        String accountId = req.getParameter("accountId");
        Long userId = (Long) session.getAttribute("userId");
        if (accountId == null || !AccountMembership.isMember(userId, accountId)) {
            resp.sendError(403);
            return;
        }
        session.setAttribute("activeAccountId", accountId);
        resp.sendRedirect(req.getContextPath() + "/dashboard");
    }
}
