package com.example.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class CardNumberVault {
    private final SecretKey key;
    private final SecureRandom rng = new SecureRandom();

    public CardNumberVault(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, 0, 32, "AES");
    }

    public String protect(String pan) throws Exception {
        byte[] iv = new byte[12];
        rng.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] ct = c.doFinal(pan.getBytes(StandardCharsets.US_ASCII));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length).put(iv).put(ct).array());
    }

    public String reveal(String token) throws Exception {
        byte[] raw = Base64.getDecoder().decode(token);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, raw, 0, 12));
        return new String(c.doFinal(raw, 12, raw.length - 12), StandardCharsets.US_ASCII);
    }
}
