import java.security.SecureRandom;
import org.springframework.stereotype.Service;

@Service
public class VerificationService {
    private final SecureRandom random = new SecureRandom();

    public String newCode() {
        return String.format("%08d", random.nextInt(100_000_000));
    }
}
