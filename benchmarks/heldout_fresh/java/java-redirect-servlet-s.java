import java.io.IOException;
import java.util.Map;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/sso/callback")
public class SsoCallbackServlet extends HttpServlet {
    private static final Map<String, String> LANDING = Map.of(
            "home", "/home", "billing", "/billing/overview", "reports", "/reports");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ticket = request.getParameter("ticket");
        if (ticket == null || !TicketValidator.validate(ticket, request.getSession())) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String page = LANDING.getOrDefault(String.valueOf(request.getParameter("RelayState")), "/home");
        String target = request.getContextPath() + page;
        response.sendRedirect(target);
    }
}
