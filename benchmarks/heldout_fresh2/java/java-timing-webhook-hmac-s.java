import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class PaymentWebhookController {
    private final byte[] secret = System.getenv("PAYMENTS_WEBHOOK_SECRET").getBytes(StandardCharsets.UTF_8);
    private final OrderService orders;

    public PaymentWebhookController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping("/webhooks/payments")
    public ResponseEntity<Void> receive(@RequestHeader("X-Signature") String signature,
                                        @RequestBody String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return ResponseEntity.status(401).build();
        }
        orders.applyPaymentEvent(payload);
        return ResponseEntity.noContent().build();
    }
}
