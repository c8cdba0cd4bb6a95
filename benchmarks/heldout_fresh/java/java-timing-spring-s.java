package com.example.hooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class GitWebhookController {
    private final byte[] secret = System.getenv("GIT_WEBHOOK_SECRET").getBytes(StandardCharsets.UTF_8);

    @PostMapping("/hooks/git")
    public ResponseEntity<String> onPush(@RequestHeader("X-Hub-Signature-256") String signature,
                                         @RequestBody byte[] payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(payload));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                                   signature.getBytes(StandardCharsets.US_ASCII))) {
            return ResponseEntity.status(401).body("bad signature");
        }
        return ResponseEntity.ok("queued");
    }
}
