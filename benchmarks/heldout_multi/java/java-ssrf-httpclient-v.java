import java.io.IOException;
import java.net.URI;
import java.net.http.*;
import javax.servlet.http.*;

public class HealthServlet extends HttpServlet {
    private final HttpClient client = HttpClient.newHttpClient();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String target = req.getParameter("target");
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(target)).build(), HttpResponse.BodyHandlers.ofString());
            resp.getWriter().print(r.statusCode());
        } catch (InterruptedException e) {
            resp.sendError(500);
        }
    }
}
