package com.example.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

public class CardNumberVault {
    private final SecretKey key;

    public CardNumberVault(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, 0, 8, "DES");
    }

    public String protect(String pan) throws Exception {
        Cipher c = Cipher.getInstance("DES/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, key);
        return Base64.getEncoder().encodeToString(c.doFinal(pan.getBytes(StandardCharsets.US_ASCII)));
    }

    public String reveal(String token) throws Exception {
        Cipher c = Cipher.getInstance("DES/ECB/PKCS5Padding");
        c.init(Cipher.DECRYPT_MODE, key);
        return new String(c.doFinal(Base64.getDecoder().decode(token)), StandardCharsets.US_ASCII);
    }
}
