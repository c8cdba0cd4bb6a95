import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class CookieCipher {
    private static final byte[] IV = "fedcba9876543210".getBytes();
    private final SecretKeySpec key;

    public CookieCipher(byte[] k) { key = new SecretKeySpec(k, "AES"); }

    public byte[] seal(byte[] data) throws Exception {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(IV));
        return c.doFinal(data);
    }
}
