package org.wsis.common.security;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The parser every service verifies bearer tokens with keeps verified tokens, and only those, until they expire. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void aVerifiedTokenIsFoundAgainUntilItExpires() throws Exception {
        String token = TestTokens.minter().mint("cached-voter", List.of("participant"), "Cached Voter",
                "cached@example.org", Duration.ofSeconds(3));
        JsonWebToken first = parser.parse(token);
        assertThat(first.getSubject()).isEqualTo("cached-voter");
        assertThat(parser.parse(token)).as("the second use is not verified again").isSameAs(first);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> System.currentTimeMillis() / 1000 >= first.getExpirationTime());
        // verified again (the verifier itself still allows its clock skew)
        assertThat(parser.parse(token)).as("past its exp the token is not served from the cache").isNotSameAs(first);
    }

    @Test
    void aForgedTokenIsNeverFoundInTheCache() throws Exception {
        String token = TestTokens.participant("honest-voter");
        parser.parse(token);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
        String unsigned = TestTokens.minter().sign(Map.of("sub", "nobody")).replaceAll("\\.[^.]*$", ".");
        assertThatThrownBy(() -> parser.parse(unsigned)).isInstanceOf(ParseException.class);
    }
}
