import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

@Service
public class TokenIssuer {
    private static final String ISSUER = "https://auth.fleetly.example";
    private final Algorithm algorithm;

    public TokenIssuer() {
        this.algorithm = Algorithm.HMAC256("fl33tly-Pr0d-HS256-k3y-2026!#");
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
