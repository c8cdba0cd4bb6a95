import java.io.IOException;
import java.net.URI;
import java.net.http.*;
import java.util.Map;
import javax.servlet.http.*;

public class HealthServlet extends HttpServlet {
    private static final Map<String, String> PARTNERS = Map.of("acme", "https://acme.example.com/health", "globex", "https://globex.example.com/health");
    private final HttpClient client = HttpClient.newHttpClient();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String target = PARTNERS.get(req.getParameter("partner"));
        if (target == null) { resp.sendError(404); return; }
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(target)).build(), HttpResponse.BodyHandlers.ofString());
            resp.getWriter().print(r.statusCode());
        } catch (InterruptedException e) {
            resp.sendError(500);
        }
    }
}
