import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.web.bind.annotation.*;

@RestController
public class UserQueryController {
    private final MongoCollection<Document> users;

    public UserQueryController(MongoCollection<Document> users) { this.users = users; }

    @GetMapping("/users/find")
    public List<Document> find(@RequestParam String name) {
        Document query = Document.parse("{ name: '" + name + "' }");
        return users.find(query).into(new ArrayList<>());
    }
}
