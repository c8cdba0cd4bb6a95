import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.web.bind.annotation.*;

@RestController
public class OptimizeController {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @PostMapping("/optimize")
    public String optimize(@RequestParam String image) {
        String name = Path.of(image).getFileName().toString();
        pool.submit(() -> new ProcessBuilder("optipng", "/data/images/" + name).start());
        return "queued";
    }
}
