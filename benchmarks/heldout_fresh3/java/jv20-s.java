import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class PaymentWebhookController {
    private final byte[] secret = System.getenv("PAYHOOK_SECRET").getBytes(StandardCharsets.UTF_8);
    private final PaymentEvents events;

    public PaymentWebhookController(PaymentEvents events) {
        this.events = events;
    }

    @PostMapping("/webhooks/payments")
    public ResponseEntity<Void> receive(@RequestHeader("X-Signature") String signature,
                                        @RequestBody byte[] payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(payload));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            return ResponseEntity.status(401).build();
        }
        events.handle(payload);
        return ResponseEntity.noContent().build();
    }
}
