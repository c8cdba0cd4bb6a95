import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.*;

@RestController
public class LogSearchController {
    private final Path logFile = Path.of("/var/log/shop/app.log");

    @GetMapping("/support/logs/search")
    public List<String> search(@RequestParam String term) throws IOException {
        Pattern p = Pattern.compile(".*" + Pattern.quote(term) + ".*", Pattern.CASE_INSENSITIVE);
        try (Stream<String> lines = Files.lines(logFile)) {
            return lines.filter(l -> p.matcher(l).matches()).limit(200).toList();
        }
    }
}
