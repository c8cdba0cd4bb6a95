import java.util.List;
import javax.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.*;

@Service
class ProductService {
    private final EntityManager em;

    ProductService(EntityManager em) { this.em = em; }

    List<?> byCategory(String category) {
        return em.createQuery("SELECT p FROM Product p WHERE p.category = :cat")
                 .setParameter("cat", category).getResultList();
    }
}

@RestController
class ProductController {
    private final ProductService service;

    ProductController(ProductService service) { this.service = service; }

    @GetMapping("/products")
    List<?> list(@RequestParam("category") String category) {
        return service.byCategory(category);
    }
}
