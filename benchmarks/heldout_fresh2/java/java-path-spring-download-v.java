import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.*;
import org.springframework.web.bind.annotation.*;

@RestController
public class AttachmentController {
    private final Path storageRoot = Paths.get("/srv/helpdesk/attachments");

    @GetMapping("/tickets/{ticketId}/attachments")
    public ResponseEntity<Resource> download(@PathVariable long ticketId, @RequestParam String file) {
        Path target = storageRoot.resolve(Long.toString(ticketId)).resolve(file);
        if (!Files.isRegularFile(target)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new PathResource(target));
    }
}
