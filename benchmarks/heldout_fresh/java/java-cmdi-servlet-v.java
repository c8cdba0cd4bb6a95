import java.io.IOException;
import java.io.InputStream;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/tools/dns")
public class DnsLookupServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String domain = req.getParameter("domain");
        if (domain == null || domain.isEmpty()) {
            resp.sendError(400, "domain required");
            return;
        }
        Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "nslookup " + domain});
        resp.setContentType("text/plain");
        try (InputStream out = p.getInputStream()) {
            out.transferTo(resp.getOutputStream());
        }
    }
}
