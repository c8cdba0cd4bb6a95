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

    // Account has: id, email, displayName, bio, role, emailVerified, creditBalance
    @PutMapping
    @Transactional
    public ResponseEntity<Account> update(@RequestBody Account incoming,
                                          @SessionAttribute("accountId") Long accountId) {
        Account current = em.find(Account.class, accountId);
        if (current == null) {
            return ResponseEntity.notFound().build();
        }
        incoming.setId(accountId);
        Account saved = em.merge(incoming);
        return ResponseEntity.ok(saved);
    }
}
