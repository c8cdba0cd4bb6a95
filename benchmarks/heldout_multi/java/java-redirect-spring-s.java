import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class LocaleController {
    private static final Set<String> PAGES = Set.of("/", "/shop", "/account");

    @GetMapping("/lang")
    public String change(@RequestParam String lang, @RequestParam String from) {
        return "redirect:" + (PAGES.contains(from) ? from : "/");
    }
}
