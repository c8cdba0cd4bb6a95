import org.springframework.web.bind.annotation.*;
import org.springframework.web.util.HtmlUtils;

@RestController
public class GreetingController {
    @GetMapping(value = "/greet", produces = "text/html")
    public String greet(@RequestParam(defaultValue = "guest") String name) {
        return "<html><body><p>Hi " + HtmlUtils.htmlEscape(name) + "</p></body></html>";
    }
}
