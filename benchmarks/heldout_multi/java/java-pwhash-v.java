import java.math.BigInteger;
import java.security.MessageDigest;
import org.springframework.stereotype.Service;

@Service
public class RegistrationService {
    public String hash(String password) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return new BigInteger(1, md.digest(password.getBytes("UTF-8"))).toString(16);
    }
}
