package org.wsis.infra.testing;

import org.wsis.infra.JwtMinter;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens a resource server must refuse (401): otherwise perfect claims for an organiser who is
 * also a participant and a reviewer, but expired, from another issuer, signed with another key,
 * unsigned ({@code alg: none}), or naming nobody (no or a blank {@code sub}).
 */
public final class BadTokens {

    private BadTokens() {
    }

    public static Map<String, String> all(String subject) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", expired(subject));
        tokens.put("wrong issuer", wrongIssuer(subject));
        tokens.put("wrong signature", wrongSignature(subject));
        tokens.put("alg none", algNone(subject));
        tokens.put("no subject", withoutSubject(subject));
        tokens.put("blank subject", blankSubject(subject));
        return tokens;
    }

    public static String expired(String subject) {
        Map<String, Object> claims = claims(subject, JwtMinter.DEFAULT_ISSUER);
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        claims.put("iat", past - 3600);
        claims.put("exp", past);
        return TestTokens.minter().sign(claims);
    }

    public static String wrongIssuer(String subject) {
        return TestTokens.minter().sign(claims(subject, "https://attacker.example/identity"));
    }

    public static String wrongSignature(String subject) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new JwtMinter(generator.generateKeyPair().getPrivate(), JwtMinter.DEFAULT_ISSUER)
                    .sign(claims(subject, JwtMinter.DEFAULT_ISSUER));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed and valid but naming nobody: no {@code sub} (a {@code upn} still gives a principal name). */
    public static String withoutSubject(String subject) {
        Map<String, Object> claims = claims(subject, JwtMinter.DEFAULT_ISSUER);
        claims.remove("sub");
        return TestTokens.minter().sign(claims);
    }

    public static String blankSubject(String subject) {
        Map<String, Object> claims = claims(subject, JwtMinter.DEFAULT_ISSUER);
        claims.put("sub", " ");
        return TestTokens.minter().sign(claims);
    }

    /** The valid token's header and payload, with {@code alg: none} and no signature. */
    public static String algNone(String subject) {
        String valid = TestTokens.minter().sign(claims(subject, JwtMinter.DEFAULT_ISSUER));
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + valid.split("\\.")[1] + ".";
    }

    private static Map<String, Object> claims(String subject, String issuer) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of("participant", "organiser", "reviewer"));
        claims.put("email", subject + "@example.org");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }
}
