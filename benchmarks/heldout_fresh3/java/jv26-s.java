import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public final class ThemeInstaller {
    private final Path themesDir;

    public ThemeInstaller(Path themesDir) {
        this.themesDir = themesDir.toAbsolutePath().normalize();
    }

    /** Unpacks an uploaded theme .zip into themes/<name>/. */
    public int install(String themeName, InputStream uploadedZip) throws IOException {
        Path target = themesDir.resolve(themeName.replaceAll("[^a-z0-9-]", ""));
        Files.createDirectories(target);
        int count = 0;
        try (ZipInputStream zin = new ZipInputStream(uploadedZip)) {
            ZipEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target) || out.equals(target)) {
                    throw new IOException("blocked zip entry: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zin, out, StandardCopyOption.REPLACE_EXISTING);
                    count++;
                }
            }
        }
        return count;
    }
}
