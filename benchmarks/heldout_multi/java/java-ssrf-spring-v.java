import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class FeedController {
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/feed")
    public String feed(@RequestParam String url) {
        return rest.getForObject(url, String.class);
    }
}
