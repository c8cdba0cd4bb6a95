import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/reports/archive")
public class ArchiveServlet extends HttpServlet {

    private static String buildCommand(int year, int month) {
        String tag = String.format("%04d-%02d", year, month);
        return "tar czf /var/reports/archive-" + tag + ".tgz /var/reports/" + tag;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int year, month;
        try {
            year = Integer.parseInt(req.getParameter("year"));
            month = Integer.parseInt(req.getParameter("month"));
        } catch (NumberFormatException e) {
            resp.sendError(400, "year and month must be numbers");
            return;
        }
        if (year < 2000 || year > 2100 || month < 1 || month > 12) {
            resp.sendError(400, "out of range");
            return;
        }
        String cmd = buildCommand(year, month);
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
