package com.example.invites;

import java.security.SecureRandom;
import java.util.Random;
import org.springframework.stereotype.Service;

@Service
public class InviteCodeService {
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private final Random random = new SecureRandom();
    private final InviteRepository repo;

    public InviteCodeService(InviteRepository repo) {
        this.repo = repo;
    }

    public String createInvite(long teamId) {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        String code = sb.toString();
        repo.save(new Invite(code, teamId));
        return code;
    }
}
