import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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

    // Body: {"email": "...", "code": "123456"}
    @PostMapping("/verify")
    public ResponseEntity<Map<String, Object>> verify(@RequestBody String body) {
        Document query = Document.parse(body);
        Document match = resets.find(query).first();
        if (match == null) {
            return ResponseEntity.status(403).body(Map.of("ok", false));
        }
        return ResponseEntity.ok(Map.of("ok", true, "resetTicket", match.getString("ticket")));
    }
}
