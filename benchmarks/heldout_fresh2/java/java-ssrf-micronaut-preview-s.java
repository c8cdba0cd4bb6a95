import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Set;

@Controller("/preview")
public class LinkPreviewController {
    private static final Set<String> ALLOWED_HOSTS = Set.of("docs.acme.io", "blog.acme.io", "status.acme.io");

    @Inject
    @Client("/")
    HttpClient client;

    @Get
    public String preview(@QueryValue String url) {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null
                || !ALLOWED_HOSTS.contains(uri.getHost().toLowerCase()) || uri.getUserInfo() != null
                || (uri.getPort() != -1 && uri.getPort() != 443)) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "host not allowed");
        }
        String html = client.toBlocking().retrieve(HttpRequest.GET(uri));
        int start = html.indexOf("<title>");
        int end = html.indexOf("</title>");
        if (start < 0 || end < start) {
            return "";
        }
        return html.substring(start + 7, end).trim();
    }
}
