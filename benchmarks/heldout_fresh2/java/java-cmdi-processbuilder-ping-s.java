import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class DiagnosticsController {
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$");

    @GetMapping("/admin/diag/ping")
    public String ping(@RequestParam String host) throws Exception {
        if (!HOST.matcher(host).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid host");
        }
        ProcessBuilder pb = new ProcessBuilder("ping", "-c", "3", host);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String output = r.lines().collect(Collectors.joining("\n"));
            p.waitFor();
            return output;
        }
    }
}
