import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class AttachmentController {
    private final Path storageRoot = Paths.get("/srv/helpdesk/attachments").toAbsolutePath().normalize();

    @GetMapping("/tickets/{ticketId}/attachments")
    public ResponseEntity<Resource> download(@PathVariable long ticketId, @RequestParam String file) {
        Path ticketDir = storageRoot.resolve(Long.toString(ticketId));
        Path target = ticketDir.resolve(file).normalize();
        if (!target.startsWith(ticketDir) || !Files.isRegularFile(target)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new PathResource(target));
    }
}
