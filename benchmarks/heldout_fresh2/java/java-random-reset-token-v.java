import java.time.Instant;
import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class PasswordResetService {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private final Random random = new Random();
    private final ResetTokenRepository tokens;
    private final Mailer mailer;

    public PasswordResetService(ResetTokenRepository tokens, Mailer mailer) {
        this.tokens = tokens;
        this.mailer = mailer;
    }

    private String newToken(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public void startReset(String email) {
        String token = newToken(32);
        tokens.save(email, token, Instant.now().plusSeconds(1800));
        mailer.send(email, "Reset your password", "https://app.acme.io/reset?token=" + token);
    }
}
