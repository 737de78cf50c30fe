package org.wsis.infra.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsis.infra.JwtMinter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each of the tokens the services' tests expect a 401 for is refused, by the checks smallrye-jwt makes, for its own reason. */
class BadTokensTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path keys;

    private static PublicKey publicKey;

    @BeforeAll
    static void keyPair() throws Exception {
        JwtMinter.generateKeyPair(keys.resolve("private.pem"), keys.resolve("public.pem"));
        String base64 = Files.readString(keys.resolve("public.pem")).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        publicKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    @Test
    void badTokensAreEachRefusedForTheirOwnReason() throws Exception {
        System.setProperty(JwtResource.PRIVATE_KEY_PROPERTY, keys.resolve("private.pem").toString());
        try {
            Map<String, String> bad = BadTokens.all("eve");
            assertThat(bad).containsOnlyKeys("expired", "wrong issuer", "wrong signature", "alg none", "no subject",
                    "blank subject");
            for (Map.Entry<String, String> token : bad.entrySet()) {
                assertThatThrownBy(() -> consumer().processToClaims(token.getValue())).as(token.getKey())
                        .isInstanceOf(InvalidJwtException.class);
            }
            String algNone = bad.get("alg none");
            assertThat(part(algNone, 0)).isEqualTo("{\"alg\":\"none\",\"typ\":\"JWT\"}");
            assertThat(algNone).endsWith(".");
            assertThat(JSON.readTree(part(bad.get("blank subject"), 1)).path("sub").asText()).isEqualTo(" ");
            assertThat(JSON.readTree(part(bad.get("no subject"), 1)).has("sub")).isFalse();
            assertThat(JSON.readTree(part(bad.get("no subject"), 1)).path("upn").asText()).isEqualTo("eve");
        } finally {
            System.clearProperty(JwtResource.PRIVATE_KEY_PROPERTY);
        }
    }

    /** What smallrye-jwt checks: RS256 only, the key, the issuer, a subject that is not blank, expiry. */
    private static JwtConsumer consumer() {
        return new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKey(publicKey)
                .setExpectedIssuer(JwtMinter.DEFAULT_ISSUER)
                .setRequireSubject()
                .registerValidator((org.jose4j.jwt.consumer.Validator) context -> context.getJwtClaims().getSubject().isBlank() ? "blank sub" : null)
                .setRequireExpirationTime()
                .build();
    }

    private static String part(String token, int index) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
    }
}
