package org.wsis.prizes.service;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens: vote receipts. */
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
}
