package org.wsis.common.ratelimit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The fixed-window rate limit rule, without Quarkus: a settable clock, plain configuration and the counts
 * in memory ({@link InMemoryCounts}, the rule of the table); each call is its own batch unless a test
 * hands the limiter a batch. {@code SharedRateLimitsTest} counts in PostgreSQL, over two limiters.
 */
class RateLimiterTest {

    record Config(boolean enabled, Duration window, int perIdentity, int perAddress) implements RateLimitConfig {
        @Override
        public int queueCapacity() {
            return 100;
        }

        @Override
        public int maxBatch() {
            return 100;
        }

        @Override
        public Duration maxWait() {
            return Duration.ofSeconds(1);
        }
    }

    static final class SettableClock extends Clock {
        long millis = 1_700_000_000_000L;

        void advance(long by) {
            millis += by;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final SettableClock clock = new SettableClock();

    private final InMemoryCounts counts = new InMemoryCounts();

    private RateLimiter limiter(int perIdentity, int perAddress) {
        return new RateLimiter(new Config(true, Duration.ofMinutes(1), perIdentity, perAddress), clock, counts);
    }

    private static boolean admitted(RateLimiter limiter, String bucket, String subject, String address) {
        try {
            limiter.acquire(bucket, subject, address);
            return true;
        } catch (RateLimitExceeded refused) {
            return false;
        }
    }

    @Test
    void identityLimitAdmitsUpToTheLimitThenRefusesWithRetryAfterUntilTheWindowEnds() {
        RateLimiter limiter = limiter(3, 1000);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("votes", "alice", null);
        }
        clock.advance(20_500);
        RateLimitExceeded refused = catchThrowableOfType(RateLimitExceeded.class,
                () -> limiter.acquire("votes", "alice", null));
        assertThat(refused.retryAfterSeconds()).isEqualTo(40); // 39.5 s left, rounded up
        assertThat(refused).hasMessageContaining("this account").hasMessageContaining("40 s");
    }

    @Test
    void identityLimitStartsAFreshWindowOnceTheWindowHasPassed() {
        RateLimiter limiter = limiter(2, 1000);
        limiter.acquire("votes", "alice", null);
        limiter.acquire("votes", "alice", null);
        clock.advance(59_999);
        assertThat(admitted(limiter, "votes", "alice", null)).isFalse();
        clock.advance(1);
        assertThat(admitted(limiter, "votes", "alice", null)).isTrue();
        assertThat(admitted(limiter, "votes", "alice", null)).isTrue();
        assertThat(admitted(limiter, "votes", "alice", null)).isFalse();
    }

    @Test
    void limitsAreCountedPerBucketAndPerIdentity() {
        RateLimiter limiter = limiter(1, 1000);
        assertThat(admitted(limiter, "votes", "alice", null)).isTrue();
        assertThat(admitted(limiter, "votes", "alice", null)).isFalse();
        assertThat(admitted(limiter, "nominations", "alice", null)).isTrue();
        assertThat(admitted(limiter, "votes", "bob", null)).isTrue();
    }

    @Test
    void addressLimitCountsEveryIdentityBehindOneAddress() {
        RateLimiter limiter = limiter(10, 3);
        for (String subject : List.of("alice", "bob", "carol")) {
            limiter.acquire("votes", subject, "192.0.2.7");
        }
        assertThatThrownBy(() -> limiter.acquire("votes", "dave", "192.0.2.7"))
                .isInstanceOf(RateLimitExceeded.class).hasMessageContaining("this network address");
        assertThat(admitted(limiter, "votes", "dave", "192.0.2.8")).isTrue();
    }

    @Test
    void addressLimitAloneAppliesToAnonymousCallersAndNoKeyMeansNoLimit() {
        RateLimiter limiter = limiter(1, 2);
        assertThat(admitted(limiter, "register", null, "192.0.2.7")).isTrue();
        assertThat(admitted(limiter, "register", null, "192.0.2.7")).isTrue();
        assertThat(admitted(limiter, "register", null, "192.0.2.7")).isFalse();
        for (int i = 0; i < 10; i++) {
            assertThat(admitted(limiter, "register", null, null)).isTrue();
        }
    }

    @Test
    void disabledLimiterAdmitsEveryCall() {
        RateLimiter limiter = new RateLimiter(new Config(false, Duration.ofMinutes(1), 1, 1), clock, counts);
        for (int i = 0; i < 100; i++) {
            limiter.acquire("votes", "alice", "192.0.2.7");
        }
        assertThat(counts.size()).as("nothing counted").isZero();
    }

    @Test
    void aBatchRanksEachCallWithinItsKeyAfterTheCallsOfEarlierBatches() {
        RateLimiter limiter = limiter(3, 4);
        limiter.acquire("votes", "alice", null); // an earlier batch: alice's first call
        RateLimiter.Admission alice = new RateLimiter.Admission(RateLimiter.key("votes", "sub", "alice"),
                RateLimiter.key("votes", "ip", "192.0.2.7"));
        RateLimiter.Admission bob = new RateLimiter.Admission(RateLimiter.key("votes", "sub", "bob"),
                RateLimiter.key("votes", "ip", "192.0.2.7"));
        List<String> answers = limiter.countAll(List.of(alice, bob, alice, alice, bob)).stream()
                .map(outcome -> outcome.refusal() == null ? "admitted" : outcome.refusal().getMessage()).toList();
        assertThat(answers).containsExactly("admitted", "admitted", "admitted",
                "Too many requests from this account; retry after 60 s.", // alice's fourth
                "Too many requests from this network address; retry after 60 s."); // the address's fifth
    }

    @Test
    void keysAreHashesOfBucketKindAndValue() {
        String alice = RateLimiter.key("votes", "sub", "alice");
        assertThat(alice).hasSize(32).matches("[0-9a-f]+").doesNotContain("alice");
        assertThat(RateLimiter.key("votes", "sub", "alice")).isEqualTo(alice);
        assertThat(RateLimiter.key("votes", "ip", "alice")).isNotEqualTo(alice);
        assertThat(RateLimiter.key("registration", "sub", "alice")).isNotEqualTo(alice);
    }

    @Test
    void overrideReplacesTheConfiguredLimitsWithFreshCountersUntilReset() {
        RateLimiter limiter = limiter(2, 1000);
        limiter.acquire("votes", "alice", null);
        limiter.acquire("votes", "alice", null);
        limiter.override(new RateLimiter.Limits(3, 1000));
        for (int i = 0; i < 3; i++) {
            assertThat(admitted(limiter, "votes", "alice", null)).as("call %d under the override", i + 1).isTrue();
        }
        assertThat(admitted(limiter, "votes", "alice", null)).isFalse();
        limiter.reset();
        assertThat(admitted(limiter, "votes", "alice", null)).isTrue();
        assertThat(admitted(limiter, "votes", "alice", null)).isTrue();
        assertThat(admitted(limiter, "votes", "alice", null)).isFalse();
    }

    @Test
    void retryAfterIsAtLeastOneSecondAtTheLastMillisecondOfTheWindow() {
        RateLimiter limiter = limiter(1, 1000);
        limiter.acquire("votes", "alice", null);
        clock.advance(59_999);
        assertThat(catchThrowableOfType(RateLimitExceeded.class, () -> limiter.acquire("votes", "alice", null))
                .retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void concurrentCallsInOneWindowAreAdmittedExactlyUpToTheLimit() throws Exception {
        RateLimiter limiter = limiter(100, 100_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> admittedPerThread = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                admittedPerThread.add(pool.submit(() -> {
                    start.await();
                    int admitted = 0;
                    for (int i = 0; i < 100; i++) {
                        admitted += admitted(limiter, "votes", "alice", "192.0.2.7") ? 1 : 0;
                    }
                    return admitted;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : admittedPerThread) {
                total += f.get(10, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The rule: a key's window opens at its first call after the previous window ended; within it the first
     * {@code limit} calls pass and every later one is refused with a Retry-After that reaches the window's end.
     */
    @Property(tries = 300)
    void fixedWindowNeverAdmitsMoreThanTheLimitAndAlwaysAdmitsUpToIt(
            @ForAll @IntRange(min = 1, max = 5) int limit,
            @ForAll @IntRange(min = 1, max = 10) int windowSeconds,
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 4_000) Integer> gapsMillis) {
        long windowMillis = windowSeconds * 1000L;
        RateLimiter limiter = new RateLimiter(new Config(true, Duration.ofMillis(windowMillis), limit, 1_000_000), clock,
                new InMemoryCounts());
        long windowStart = Long.MIN_VALUE;
        int inWindow = 0;
        int admittedInWindow = 0;
        for (int gap : gapsMillis) {
            clock.advance(gap);
            long now = clock.millis();
            if (windowStart == Long.MIN_VALUE || now - windowStart >= windowMillis) {
                windowStart = now;
                inWindow = 0;
                admittedInWindow = 0;
            }
            inWindow++;
            RateLimitExceeded refused = null;
            try {
                limiter.acquire("votes", "alice", null);
                admittedInWindow++;
            } catch (RateLimitExceeded e) {
                refused = e;
            }
            assertThat(admittedInWindow).as("admitted in the window opened at %d", windowStart).isLessThanOrEqualTo(limit);
            assertThat(refused == null).as("call %d of its window, limit %d", inWindow, limit).isEqualTo(inWindow <= limit);
            if (refused != null) {
                long windowEnd = windowStart + windowMillis;
                assertThat(now + refused.retryAfterSeconds() * 1000).isGreaterThanOrEqualTo(windowEnd)
                        .isLessThan(Math.max(windowEnd, now + 1000) + 1000);
            }
        }
    }
}
