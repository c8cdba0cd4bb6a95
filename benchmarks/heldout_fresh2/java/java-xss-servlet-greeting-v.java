import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/newsletter/confirm")
public class NewsletterConfirmServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String email = req.getParameter("email");
        String name = req.getParameter("name");
        resp.setContentType("text/html;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("<!doctype html><html><body>");
        out.println("<h1>Thanks, " + (name == null ? "friend" : name) + "!</h1>");
        out.println("<p>We sent a confirmation link to <b>" + email + "</b>.</p>");
        out.println("</body></html>");
    }
}
