import java.io.IOException;
import java.util.UUID;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/remember-me")
public class RememberMeServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = (String) req.getSession().getAttribute("username");
        if (user == null) {
            resp.sendError(401);
            return;
        }
        String token = UUID.randomUUID().toString();
        RememberTokens.store(user, token);
        Cookie cookie = new Cookie("remember_token", token);
        cookie.setMaxAge(60 * 60 * 24 * 30);
        cookie.setPath("/");
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        resp.addCookie(cookie);
        resp.sendRedirect("/account");
    }
}
