import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public final class Crypto {
    private final SecretKeySpec key;

    public Crypto(byte[] rawKey) { this.key = new SecretKeySpec(rawKey, "AES"); }

    public String encrypt(String plain) throws Exception {
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, key);
        return Base64.getEncoder().encodeToString(c.doFinal(plain.getBytes("UTF-8")));
    }
}
