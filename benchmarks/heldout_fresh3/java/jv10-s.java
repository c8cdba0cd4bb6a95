import java.security.SecureRandom;
import java.time.Duration;
import java.util.Random;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PasswordResetTokens {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private final Random random = new SecureRandom();
    private final ValueCommands<String, String> values;

    public PasswordResetTokens(RedisDataSource redis) {
        this.values = redis.value(String.class);
    }

    public String issue(String userId) {
        StringBuilder token = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        values.setex("pwreset:" + token, Duration.ofMinutes(30).toSeconds(), userId);
        return token.toString();
    }

    public String redeem(String token) {
        return values.getdel("pwreset:" + token);
    }
}
