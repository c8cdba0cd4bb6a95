import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.*;

@WebServlet("/login")
public class LoginServlet extends HttpServlet {
    private final AuthService auth = AuthService.getInstance();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getParameter("username");
        String pass = req.getParameter("password");
        if (!auth.verify(user, pass)) {
            resp.sendRedirect("/login?error=1");
            return;
        }
        String rememberToken = auth.createRememberToken(user);
        Cookie c = new Cookie("remember_me", rememberToken);
        c.setPath("/");
        c.setMaxAge(60 * 60 * 24 * 30);
        resp.addCookie(c);
        req.getSession(true).setAttribute("user", user);
        resp.sendRedirect("/dashboard");
    }
}
