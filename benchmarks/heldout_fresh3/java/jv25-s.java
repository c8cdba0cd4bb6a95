import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/me")
public class ProfileController {
    @PersistenceContext
    private EntityManager em;

    public record ProfileUpdate(String displayName, String bio) {}

    // Account has: id, email, displayName, bio, role, emailVerified, creditBalance
    @PutMapping
    @Transactional
    public ResponseEntity<Account> update(@RequestBody ProfileUpdate incoming,
                                          @SessionAttribute("accountId") Long accountId) {
        Account current = em.find(Account.class, accountId);
        if (current == null) {
            return ResponseEntity.notFound().build();
        }
        if (incoming.displayName() != null) {
            current.setDisplayName(incoming.displayName());
        }
        if (incoming.bio() != null) {
            current.setBio(incoming.bio());
        }
        Account saved = em.merge(current);
        return ResponseEntity.ok(saved);
    }
}
