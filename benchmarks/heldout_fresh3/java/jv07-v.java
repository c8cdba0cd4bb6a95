import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@RestController
public class LinkPreviewController {
    private final WebClient client = WebClient.builder()
            .codecs(c -> c.defaultCodecs().maxInMemorySize(512 * 1024))
            .build();

    @GetMapping(value = "/preview", produces = MediaType.TEXT_PLAIN_VALUE)
    public Mono<String> preview(@RequestParam String url) {
        return client.get()
                .uri(url)
                .retrieve()
                .bodyToMono(String.class)
                .map(html -> html.length() > 2000 ? html.substring(0, 2000) : html);
    }
}
