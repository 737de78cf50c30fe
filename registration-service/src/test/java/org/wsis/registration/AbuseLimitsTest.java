package org.wsis.registration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wsis.common.ratelimit.RateLimiter;
import org.wsis.infra.testing.TableCounts;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration abuse limits: per identity and per client address (429 problem+json with
 * Retry-After, nothing stored), and the body size bound (413). The limits are lowered at run time
 * through the limiter; the test profile keeps them high for every other test.
 */
@QuarkusTest
class AbuseLimitsTest {

    private static final int EDITION = 2906;

    @Inject
    RateLimiter limiter;

    @AfterEach
    void reset() {
        limiter.reset();
    }

    @Test
    void oneAccountRegisteringOverAndOverIsSlowedDown() {
        Api.openRegistration(EDITION, 100);
        limiter.override(new RateLimiter.Limits(2, 1000));
        String subject = Api.newSubject();
        Api.register(EDITION, subject, Api.registration("GOVERNMENT", "REMOTE"));
        Api.as(Api.participant(subject)).body(Api.registration("GOVERNMENT", "REMOTE"))
                .post("/editions/{edition}/registrations", EDITION).then().statusCode(409);

        try (TableCounts tables = new TableCounts(Set.of("processed_event", "parked_event"))) {
            Map<String, Long> before = tables.snapshot();
            Response refused = Api.as(Api.participant(subject)).body(Api.registration("GOVERNMENT", "REMOTE"))
                    .post("/editions/{edition}/registrations", EDITION);
            assertTooMany(refused);
            assertThat(tables.snapshot()).isEqualTo(before);
        }
        // another account is not affected
        Api.register(EDITION, Api.newSubject(), Api.registration("GOVERNMENT", "REMOTE"));
    }

    @Test
    void oneAddressRegisteringManyAccountsIsSlowedDown() {
        Api.openRegistration(EDITION, 100);
        limiter.override(new RateLimiter.Limits(1000, 3));
        for (int i = 0; i < 3; i++) {
            Api.register(EDITION, Api.newSubject(), Api.registration("GOVERNMENT", "REMOTE"));
        }
        assertTooMany(Api.as(Api.participant(Api.newSubject())).body(Api.registration("GOVERNMENT", "REMOTE"))
                .post("/editions/{edition}/registrations", EDITION));
    }

    @Test
    void aBodyBeyondTheLimitIsRefused() {
        Map<String, Object> body = Api.registration("GOVERNMENT", "REMOTE");
        body.put("accessibilityNeeds", "x".repeat(600 * 1024));
        int status = Api.as(Api.participant(Api.newSubject())).body(body)
                .post("/editions/{edition}/registrations", EDITION).statusCode();
        assertThat(status).isEqualTo(413);
    }

    private static void assertTooMany(Response response) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 60);
    }
}
