import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.*;

@RestController
public class DiagnosticsController {

    @GetMapping("/admin/diag/ping")
    public String ping(@RequestParam String host) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", "ping -c 3 " + host);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String output = r.lines().collect(Collectors.joining("\n"));
            p.waitFor();
            return output;
        }
    }
}
