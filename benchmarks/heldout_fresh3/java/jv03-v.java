import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/tools/lookup")
public class DnsLookupServlet extends HttpServlet {

    private String buildCommand(String host) {
        return "nslookup -timeout=3 " + host;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getParameter("host");
        if (host == null || host.isBlank()) {
            resp.sendError(400, "host is required");
            return;
        }
        Process p = new ProcessBuilder("/bin/sh", "-c", buildCommand(host))
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(output);
    }
}
