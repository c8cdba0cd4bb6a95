import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class VerificationService {
    private final Random random = new Random();

    public String newCode() {
        return String.format("%08d", random.nextInt(100_000_000));
    }
}
