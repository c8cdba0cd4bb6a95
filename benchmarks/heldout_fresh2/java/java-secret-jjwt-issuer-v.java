import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Service;

@Service
public class TokenIssuer {
    private static final SecretKey KEY = Keys.hmacShaKeyFor(
            "c9f1e0b7a4d24f6b8e3a91d05c7b2e4fa8d6c3b1e9f07a2d".getBytes(StandardCharsets.UTF_8));

    public String issue(String userId, String role) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(userId)
                .claim("role", role)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plusSeconds(3600)))
                .signWith(KEY)
                .compact();
    }

    public String userIdFrom(String token) {
        return Jwts.parser().verifyWith(KEY).build().parseSignedClaims(token).getPayload().getSubject();
    }
}
