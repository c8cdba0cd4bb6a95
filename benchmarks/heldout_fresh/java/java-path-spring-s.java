package com.example.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class InvoiceFileController {
    private static final Path INVOICE_DIR = Paths.get("/data/invoices").toAbsolutePath().normalize();

    @GetMapping("/invoices/download")
    public ResponseEntity<byte[]> download(@RequestParam("file") String file) throws IOException {
        Path target = INVOICE_DIR.resolve(file).normalize();
        if (!target.startsWith(INVOICE_DIR) || !Files.isRegularFile(target)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header("Content-Type", "application/pdf")
                .body(Files.readAllBytes(target));
    }
}
