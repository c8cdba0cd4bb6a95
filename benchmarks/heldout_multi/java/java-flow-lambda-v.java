import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.web.bind.annotation.*;

@RestController
public class OptimizeController {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @PostMapping("/optimize")
    public String optimize(@RequestParam String image) {
        pool.submit(() -> Runtime.getRuntime().exec(new String[] {"sh", "-c", "optipng /data/images/" + image}));
        return "queued";
    }
}
