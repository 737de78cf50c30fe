package org.wsis.prizes.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens: vote receipts, and the pseudonyms that replace an erased voter. */
public final class Pseudonyms {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Pseudonyms() {
    }

    /** 32 random bytes, base64url: 43 characters nobody can guess. */
    public static String receipt() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /**
     * SHA-256 of a random salt and the subject; the salt is discarded, so nobody (not even this
     * service) can link the pseudonym back to the person, yet it stays unique per erased voter.
     */
    public static String irreversible(String subject) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(subject.getBytes(StandardCharsets.UTF_8));
            return "erased:" + BASE64URL.encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
