import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LoginController {
    private final AuthService auth;

    public LoginController(AuthService auth) {
        this.auth = auth;
    }

    private static String localPathOrHome(String next) {
        try {
            URI u = new URI(next);
            String path = u.getPath();
            if (u.getScheme() == null && u.getRawAuthority() == null && path != null
                    && path.startsWith("/") && !path.startsWith("//") && !next.contains("\\")) {
                return u.getRawPath() + (u.getRawQuery() != null ? "?" + u.getRawQuery() : "");
            }
        } catch (URISyntaxException ignored) {
            // fall through
        }
        return "/home";
    }

    @PostMapping("/login")
    public String login(@RequestParam String username,
                        @RequestParam String password,
                        @RequestParam(name = "next", defaultValue = "/home") String next) {
        if (!auth.check(username, password)) {
            return "redirect:/login?error";
        }
        return "redirect:" + localPathOrHome(next);
    }
}
