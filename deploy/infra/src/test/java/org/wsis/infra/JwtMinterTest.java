package org.wsis.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tokens jose4j mints carry what the hand-built JSON carried, and verify as the services verify them. */
class JwtMinterTest {

    /**
     * What the hand-built minter produced (before jose4j), for
     * {@code mint("alice", [participant, reviewer], "Alice \"A\" Ünï\\", "alice@example.org")} and
     * {@code mint("bob", [], null, null)}: iat, exp and jti differ from run to run.
     */
    private static final String HEADER_BEFORE = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    private static final String ALICE_BEFORE = "{\"iss\":\"https://wsis.local/identity\",\"sub\":\"alice\",\"upn\":\"alice\","
            + "\"groups\":[\"participant\",\"reviewer\"],\"name\":\"Alice \\\"A\\\" Ünï\\\\\",\"email\":\"alice@example.org\","
            + "\"iat\":1796131370,\"exp\":1796174570,\"jti\":\"5bab1be0-14ea-43df-a397-eca25cc0e077\"}";
    private static final String BOB_BEFORE = "{\"iss\":\"https://wsis.local/identity\",\"sub\":\"bob\",\"upn\":\"bob\","
            + "\"groups\":[],\"iat\":1796131370,\"exp\":1796174570,\"jti\":\"87570c75-46a5-40e5-9890-6001114143f9\"}";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path keys;

    private static JwtMinter minter;
    private static PublicKey publicKey;

    @BeforeAll
    static void keyPair() throws Exception {
        JwtMinter.generateKeyPair(keys.resolve("private.pem"), keys.resolve("public.pem"));
        minter = JwtMinter.fromPem(Files.readString(keys.resolve("private.pem")), JwtMinter.DEFAULT_ISSUER);
        String base64 = Files.readString(keys.resolve("public.pem")).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        publicKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    @Test
    void carriesTheSameHeaderAndClaimsAsBefore() throws Exception {
        String alice = minter.mint("alice", List.of("participant", "reviewer"), "Alice \"A\" Ünï\\", "alice@example.org");
        String bob = minter.mint("bob", List.of(), null, null);

        assertThat(JSON.readTree(part(alice, 0))).isEqualTo(JSON.readTree(HEADER_BEFORE));
        assertThat(withoutTimes(part(alice, 1))).isEqualTo(withoutTimes(ALICE_BEFORE));
        assertThat(withoutTimes(part(bob, 1))).isEqualTo(withoutTimes(BOB_BEFORE));
        assertThat(new java.util.ArrayList<>(JSON.readValue(part(alice, 1), Map.class).keySet()))
                .as("claims in the same order")
                .isEqualTo(new java.util.ArrayList<>(JSON.readValue(ALICE_BEFORE, Map.class).keySet()));
    }

    @Test
    void isValidForTwelveHoursFromNowWithAFreshId() throws Exception {
        long before = Instant.now().getEpochSecond();
        Map<?, ?> first = JSON.readValue(part(minter.mint("a", List.of("organiser"), null, null), 1), Map.class);
        Map<?, ?> second = JSON.readValue(part(minter.mint("a", List.of("organiser"), null, null), 1), Map.class);

        long iat = ((Number) first.get("iat")).longValue();
        assertThat(iat).isBetween(before, before + 60);
        assertThat(((Number) first.get("exp")).longValue() - iat).isEqualTo(12 * 3600);
        assertThat(first.get("jti")).isNotEqualTo(second.get("jti"));
        assertThat(java.util.UUID.fromString((String) first.get("jti"))).isNotNull();
    }

    @Test
    void verifiesAsTheServicesVerify() throws Exception {
        JwtClaims claims = consumer().processToClaims(
                minter.mint("alice", List.of("participant", "organiser"), "Alice", "alice@example.org"));

        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringClaimValue("upn")).isEqualTo("alice");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("participant", "organiser");
        assertThat(claims.getStringClaimValue("email")).isEqualTo("alice@example.org");
        assertThat(claims.getStringClaimValue("name")).isEqualTo("Alice");
    }

    @Test
    void signsArbitraryClaimsAsGivenForTheBadTokenTests() throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://attacker.example/identity");
        claims.put("upn", "mallory");
        claims.put("groups", List.of("organiser"));
        claims.put("exp", 1L);
        String token = minter.sign(claims);

        assertThat(part(token, 1)).isEqualTo(JSON.writeValueAsString(claims));
        assertThat(JSON.readTree(part(token, 0))).isEqualTo(JSON.readTree(HEADER_BEFORE));
        assertThatThrownBy(() -> consumer().processToClaims(token)).isInstanceOf(InvalidJwtException.class);
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

    private static Map<String, Object> withoutTimes(String json) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = JSON.readValue(json, Map.class);
        assertThat(claims).containsKeys("iat", "exp", "jti");
        claims.remove("iat");
        claims.remove("exp");
        claims.remove("jti");
        return claims;
    }
}
