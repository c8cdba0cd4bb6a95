import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

public class PayrollExport {
    private final PayrollRepository repo;
    private final SftpUploader uploader;

    public PayrollExport(PayrollRepository repo, SftpUploader uploader) {
        this.repo = repo;
        this.uploader = uploader;
    }

    public void exportMonth(int year, int month) throws IOException {
        Path tmp = Paths.get(System.getProperty("java.io.tmpdir"),
                String.format("payroll-%04d-%02d.csv", year, month));
        List<PayrollLine> lines = repo.forMonth(year, month);
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("employee_id,iban,gross,net\n");
            for (PayrollLine l : lines) {
                w.write(l.employeeId() + "," + l.iban() + "," + l.gross() + "," + l.net() + "\n");
            }
        }
        uploader.upload(tmp, "/inbound/payroll/" + tmp.getFileName());
        Files.deleteIfExists(tmp);
    }
}
