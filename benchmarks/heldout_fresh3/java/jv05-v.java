import java.io.IOException;
import java.io.PrintWriter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/search")
public class SearchPageServlet extends HttpServlet {

    private static String display(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.trim();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = display(req.getParameter("q"));
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<!doctype html><html><body>");
        out.println("<h2>Results for \"" + q + "\"</h2>");
        out.println("<p>No documents matched your search.</p>");
        out.println("</body></html>");
    }
}
