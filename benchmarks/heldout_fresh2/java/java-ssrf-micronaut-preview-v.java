import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;

@Controller("/preview")
public class LinkPreviewController {

    @Inject
    @Client("/")
    HttpClient client;

    @Get
    public String preview(@QueryValue String url) {
        String html = client.toBlocking().retrieve(HttpRequest.GET(url));
        int start = html.indexOf("<title>");
        int end = html.indexOf("</title>");
        if (start < 0 || end < start) {
            return "";
        }
        return html.substring(start + 7, end).trim();
    }
}
