import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.Map;
import org.bson.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/password-reset")
public class ResetCodeController {
    private final MongoCollection<Document> resets;

    public ResetCodeController(MongoDatabase db) {
        this.resets = db.getCollection("reset_codes");
    }

    record VerifyRequest(String email, String code) {}

    // Body: {"email": "...", "code": "123456"}
    @PostMapping("/verify")
    public ResponseEntity<Map<String, Object>> verify(@RequestBody VerifyRequest body) {
        if (body.email() == null || body.code() == null) {
            return ResponseEntity.badRequest().body(Map.of("ok", false));
        }
        Document match = resets.find(Filters.and(
                Filters.eq("email", body.email()), Filters.eq("code", body.code()))).first();
        if (match == null) {
            return ResponseEntity.status(403).body(Map.of("ok", false));
        }
        return ResponseEntity.ok(Map.of("ok", true, "resetTicket", match.getString("ticket")));
    }
}
