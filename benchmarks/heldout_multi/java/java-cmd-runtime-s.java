import java.io.*;
import javax.servlet.http.*;

public class WhoisServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String domain = req.getParameter("domain");
        if (domain == null || !domain.matches("[A-Za-z0-9.-]{1,253}")) {
            resp.sendError(400);
            return;
        }
        Process p = new ProcessBuilder("whois", domain).start();
        p.getInputStream().transferTo(resp.getOutputStream());
    }
}
