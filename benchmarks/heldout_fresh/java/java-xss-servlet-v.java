import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/error-page")
public class FriendlyErrorServlet extends HttpServlet {
    private String describe(HttpServletRequest req) {
        String missing = req.getParameter("path");
        return "The page <code>" + missing + "</code> could not be found.";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(404);
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<html><body><h1>Not found</h1>");
        out.println("<p>" + describe(req) + "</p>");
        out.println("<a href=\"/\">Home</a></body></html>");
    }
}
