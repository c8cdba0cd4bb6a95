import java.io.IOException;
import java.util.UUID;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/auth/remember")
public class RememberMeServlet extends HttpServlet {
    private final RememberMeStore store = RememberMeStore.getInstance();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = (String) req.getSession().getAttribute("userId");
        if (user == null) {
            resp.sendError(401);
            return;
        }
        String token = UUID.randomUUID().toString();
        store.put(token, user);
        Cookie cookie = new Cookie("remember_me", token);
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 30);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setAttribute("SameSite", "Lax");
        resp.addCookie(cookie);
        resp.setStatus(204);
    }
}
