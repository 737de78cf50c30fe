package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wsis.common.ratelimit.RateLimiter;
import org.wsis.infra.testing.TestEditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ballot stuffing is slowed down: one account voting over and over gets 429 problem+json with
 * Retry-After, and so does one address voting from many accounts. The limits are lowered at run
 * time through the limiter; the test profile keeps them high for every other test.
 */
@QuarkusTest
class VoteRateLimitTest {

    private static final int EDITION = TestEditions.next();

    @Inject
    RateLimiter limiter;

    @AfterEach
    void reset() {
        limiter.reset();
    }

    @Test
    void oneAccountVotingOverAndOverIsSlowedDown() {
        limiter.override(new RateLimiter.Limits(2, 1000));
        String subject = Api.newSubject();
        String nomination = UUID.randomUUID().toString();
        Api.vote(EDITION, subject, nomination).then().statusCode(notLimited()); // no contest: refused, but counted
        Api.vote(EDITION, subject, nomination).then().statusCode(notLimited());
        assertTooMany(Api.vote(EDITION, subject, nomination));
        Api.vote(EDITION, Api.newSubject(), nomination).then().statusCode(notLimited()); // others are not affected
    }

    @Test
    void oneAddressVotingFromManyAccountsIsSlowedDown() {
        limiter.override(new RateLimiter.Limits(1000, 3));
        String nomination = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            Api.vote(EDITION, Api.newSubject(), nomination).then().statusCode(notLimited());
        }
        assertTooMany(Api.vote(EDITION, Api.newSubject(), nomination));
    }

    private static org.hamcrest.Matcher<Integer> notLimited() {
        return org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(400),
                org.hamcrest.Matchers.not(429), org.hamcrest.Matchers.lessThan(500));
    }

    private static void assertTooMany(Response response) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 60);
    }
}
