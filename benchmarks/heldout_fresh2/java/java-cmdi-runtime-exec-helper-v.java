import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/reports/archive")
public class ArchiveServlet extends HttpServlet {

    private static String buildCommand(String month) {
        return "tar czf /var/reports/archive-" + month + ".tgz /var/reports/" + month;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String month = req.getParameter("month");
        String cmd = buildCommand(month);
        Process p = Runtime.getRuntime().exec(new String[] {"sh", "-c", cmd});
        try {
            int code = p.waitFor();
            resp.getWriter().println(code == 0 ? "archived" : "failed: " + code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            resp.sendError(500);
        }
    }
}
