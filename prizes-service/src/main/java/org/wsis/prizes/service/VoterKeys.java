package org.wsis.prizes.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.prizes.repository.VoteRepository;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The voter's pseudonym: HMAC-SHA256 of edition and token subject under a secret the service
 * creates once in its database. The same person always gets the same key (so one vote per category
 * holds even after an erasure and a new registration); without the secret nobody can tell whose
 * key it is, and erasure leaves only the key.
 */
@ApplicationScoped
public class VoterKeys {

    private final VoteRepository votes;
    private volatile SecretKeySpec secret;

    public VoterKeys(VoteRepository votes) {
        this.votes = votes;
    }

    public String of(int edition, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret());
            byte[] digest = mac.doFinal((edition + ":" + subject).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private SecretKeySpec secret() {
        SecretKeySpec current = secret;
        if (current == null) {
            byte[] bytes = QuarkusTransaction.requiringNew().call(() -> votes.keySecret().orElseGet(() -> {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                votes.createKeySecret(fresh); // another instance may win the race: read back what is stored
                return votes.keySecret().orElseThrow();
            }));
            current = new SecretKeySpec(bytes, "HmacSHA256");
            secret = current;
        }
        return current;
    }
}
