import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/tools/lookup")
public class DnsLookupServlet extends HttpServlet {

    private List<String> buildCommand(String host) {
        return List.of("nslookup", "-timeout=3", "--", host);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getParameter("host");
        if (host == null || !host.matches("[A-Za-z0-9.-]{1,253}") || host.startsWith("-")) {
            resp.sendError(400, "invalid host");
            return;
        }
        Process p = new ProcessBuilder(buildCommand(host))
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(output);
    }
}
