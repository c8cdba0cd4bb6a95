import java.io.IOException;
import javax.servlet.http.*;

public class CardServlet extends HttpServlet {
    private static String clean(String s) {
        if (s == null) return "";
        return s.trim().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
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
