import java.io.IOException;
import javax.servlet.http.*;

public class ThemeServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String theme = "dark".equals(req.getParameter("theme")) ? "dark" : "light";
        resp.addHeader("Set-Cookie", "theme=" + theme + "; Path=/");
        resp.getWriter().print("ok");
    }
}
