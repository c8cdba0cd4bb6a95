package com.example.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class InvoiceFileController {
    private static final String INVOICE_DIR = "/data/invoices";

    @GetMapping("/invoices/download")
    public ResponseEntity<byte[]> download(@RequestParam("file") String file) throws IOException {
        Path target = Paths.get(INVOICE_DIR, file);
        if (!Files.exists(target)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header("Content-Type", "application/pdf")
                .body(Files.readAllBytes(target));
    }
}
