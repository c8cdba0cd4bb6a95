import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

@Controller("/attachments")
public class AttachmentController {
    private final Path storageRoot = Paths.get("/srv/helpdesk/attachments").toAbsolutePath().normalize();

    @Get(produces = MediaType.APPLICATION_OCTET_STREAM)
    public HttpResponse<byte[]> download(@QueryValue String ticket, @QueryValue String file) throws IOException {
        Path target = storageRoot.resolve(ticket).resolve(file).normalize();
        if (!target.startsWith(storageRoot) || !Files.isRegularFile(target)) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(Files.readAllBytes(target))
                .header("Content-Disposition", "attachment");
    }
}
