import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/sso/callback")
public class SsoCallbackServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ticket = request.getParameter("ticket");
        if (ticket == null || !TicketValidator.validate(ticket, request.getSession())) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String target = request.getParameter("RelayState");
        if (target == null || target.isBlank()) {
            target = request.getContextPath() + "/home";
        }
        response.sendRedirect(target);
    }
}
