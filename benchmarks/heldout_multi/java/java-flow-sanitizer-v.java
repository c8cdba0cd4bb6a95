import java.io.IOException;
import javax.servlet.http.*;

public class CardServlet extends HttpServlet {
    private static String clean(String s) {
        return s == null ? "" : s.trim();
    }

    private static String card(String name, String title) {
        return "<div class=card><b>" + clean(name) + "</b><i>" + clean(title) + "</i></div>";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html");
        resp.getWriter().write(card(req.getParameter("name"), req.getParameter("title")));
    }
}
