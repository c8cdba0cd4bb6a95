import java.io.IOException;
import java.nio.file.*;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class ThemeUploadController {
    private final Path themesDir = Paths.get("/opt/cms/themes");

    @PostMapping("/admin/themes")
    public String upload(@RequestParam String name, @RequestParam MultipartFile bundle) throws IOException {
        Path dest = themesDir.resolve(name.replaceAll("[^a-z0-9-]", ""));
        Files.createDirectories(dest);
        try (ZipInputStream zip = new ZipInputStream(bundle.getInputStream())) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                Path out = dest.resolve(e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return "installed";
    }
}
