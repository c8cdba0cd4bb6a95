import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
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
        return users.find(Filters.eq("name", name)).into(new ArrayList<>());
    }
}
