import java.io.IOException;
import java.nio.file.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class InvoiceController {
    private static final Path BASE = Paths.get("/data/invoices");

    @GetMapping("/invoices/{name}")
    public byte[] download(@PathVariable String name) throws IOException {
        Path file = BASE.resolve(name).normalize();
        if (!file.startsWith(BASE)) throw new SecurityException("bad path");
        return Files.readAllBytes(file);
    }
}
