import org.springframework.web.bind.annotation.*;

@RestController
public class GreetingController {
    @GetMapping(value = "/greet", produces = "text/html")
    public String greet(@RequestParam(defaultValue = "guest") String name) {
        return "<html><body><p>Hi " + name + "</p></body></html>";
    }
}
