import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Encrypts customer national ID numbers before they are written to the database. */
public class NationalIdCipher {
    private final SecretKey key;

    public NationalIdCipher(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, 0, 8, "DES");
    }

    public String encrypt(String nationalId) throws Exception {
        Cipher c = Cipher.getInstance("DES/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, key);
        byte[] ct = c.doFinal(nationalId.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ct);
    }

    public String decrypt(String stored) throws Exception {
        Cipher c = Cipher.getInstance("DES/ECB/PKCS5Padding");
        c.init(Cipher.DECRYPT_MODE, key);
        return new String(c.doFinal(Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
    }
}
