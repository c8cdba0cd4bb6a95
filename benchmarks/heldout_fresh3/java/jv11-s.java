import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class TokenIssuer {
    private static final String ISSUER = "https://auth.fleetly.example";
    private final Algorithm algorithm;

    public TokenIssuer(@Value("${fleetly.jwt.secret}") String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("fleetly.jwt.secret must be set (32+ chars)");
        }
        this.algorithm = Algorithm.HMAC256(secret);
    }

    public String issueFor(String driverId, String depot) {
        Instant now = Instant.now();
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(driverId)
                .withClaim("depot", depot)
                .withIssuedAt(now)
                .withExpiresAt(now.plus(8, ChronoUnit.HOURS))
                .sign(algorithm);
    }
}
