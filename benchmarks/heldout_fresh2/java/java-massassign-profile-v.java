import jakarta.persistence.*;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;

@Entity
class Account {
    @Id Long id;
    String displayName;
    String email;
    boolean admin;
    int creditLimit;
    // getters and setters omitted
}

interface AccountRepository extends JpaRepository<Account, Long> {}

@RestController
@RequestMapping("/me")
public class ProfileController {
    private final AccountRepository accounts;

    public ProfileController(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @PutMapping
    public Account update(@AuthenticationPrincipal AppUser principal, @RequestBody Account changes) {
        changes.id = principal.getAccountId();
        return accounts.save(changes);
    }
}
