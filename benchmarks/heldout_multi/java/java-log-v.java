import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.*;

@RestController
public class ResetController {
    private static final Logger log = LoggerFactory.getLogger(ResetController.class);

    @PostMapping("/reset")
    public String reset(@RequestParam String email) {
        log.info("password reset requested for " + email);
        return "sent";
    }
}
