import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/tools/dns")
public class DnsLookupServlet extends HttpServlet {
    private static final Pattern HOSTNAME = Pattern.compile("^(?!-)[A-Za-z0-9.-]{1,253}$");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String domain = req.getParameter("domain");
        if (domain == null || !HOSTNAME.matcher(domain).matches()) {
            resp.sendError(400, "valid domain required");
            return;
        }
        Process p = new ProcessBuilder("nslookup", domain).redirectErrorStream(true).start();
        resp.setContentType("text/plain");
        try (InputStream out = p.getInputStream()) {
            out.transferTo(resp.getOutputStream());
        }
    }
}
