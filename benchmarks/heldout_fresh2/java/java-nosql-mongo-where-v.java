import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/products")
public class ProductSearchController {
    private final MongoCollection<Document> products;

    public ProductSearchController(MongoDatabase db) {
        this.products = db.getCollection("products");
    }

    @GetMapping("/by-brand")
    public List<Document> byBrand(@RequestParam String brand, @RequestParam(defaultValue = "0") int minStock) {
        Document query = Document.parse("{ \"published\": true, \"brand\": \"" + brand + "\", \"stock\": { \"$gte\": " + minStock + " } }");
        List<Document> out = new ArrayList<>();
        products.find(query).limit(100).into(out);
        return out;
    }
}
