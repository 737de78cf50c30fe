package org.wsis.infra;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.lang.JoseException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mints RS256 JWTs the services accept (the same claims an organisation's identity provider would
 * issue: sub, groups, name, email), signed and serialised by jose4j. Used by the local stack's
 * {@code token} command and by tests.
 */
public final class JwtMinter {

    public static final String DEFAULT_ISSUER = "https://wsis.local/identity";

    private final PrivateKey privateKey;
    private final String issuer;

    public JwtMinter(PrivateKey privateKey, String issuer) {
        this.privateKey = privateKey;
        this.issuer = issuer;
    }

    public static JwtMinter fromPem(String privateKeyPem, String issuer) {
        return new JwtMinter(parsePrivateKey(privateKeyPem), issuer);
    }

    public String issuer() {
        return issuer;
    }

    public String mint(String subject, Collection<String> groups, String name, String email) {
        return mint(subject, groups, name, email, Duration.ofHours(12));
    }

    public String mint(String subject, Collection<String> groups, String name, String email, Duration ttl) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.copyOf(groups));
        if (name != null) {
            claims.setClaim("name", name);
        }
        if (email != null) {
            claims.setClaim("email", email);
        }
        NumericDate now = NumericDate.now();
        claims.setIssuedAt(now);
        NumericDate expiry = NumericDate.fromSeconds(now.getValue());
        expiry.addSeconds(ttl.toSeconds());
        claims.setExpirationTime(expiry);
        claims.setJwtId(UUID.randomUUID().toString());
        return sign(claims.toJson());
    }

    /**
     * Signs arbitrary claims, as given, valid or not (no required claim is checked): lets tests build
     * expired, foreign-issuer or subject-less tokens.
     */
    public String sign(Map<String, Object> claims) {
        JwtClaims jwt = new JwtClaims();
        claims.forEach(jwt::setClaim);
        return sign(jwt.toJson());
    }

    private String sign(String payload) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader(HeaderParameterNames.TYPE, "JWT");
        jws.setPayload(payload);
        jws.setKey(privateKey);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    /** Writes a new RSA 2048 key pair as PEM files (PKCS#8 private, X.509 public). */
    public static void generateKeyPair(Path privatePem, Path publicPem) throws java.io.IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privatePem.toAbsolutePath().getParent());
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey parsePrivateKey(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
