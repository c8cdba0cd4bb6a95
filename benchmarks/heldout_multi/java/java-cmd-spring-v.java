import java.io.IOException;
import org.springframework.web.bind.annotation.*;

@RestController
public class BackupController {
    @PostMapping("/backup")
    public String backup(@RequestParam String db) throws IOException, InterruptedException {
        String command = "pg_dump " + db + " -f /backups/" + db + ".sql";
        Process p = Runtime.getRuntime().exec(command);
        return p.waitFor() == 0 ? "ok" : "failed";
    }
}
