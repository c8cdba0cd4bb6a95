import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
public class LocaleController {
    @GetMapping("/lang")
    public String change(@RequestParam String lang, @RequestParam String from) {
        return "redirect:" + from;
    }
}
