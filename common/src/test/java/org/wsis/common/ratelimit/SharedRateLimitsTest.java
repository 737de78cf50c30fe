package org.wsis.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wsis.common.DatabaseFailures;
import org.wsis.common.overload.Overloaded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two limiters sharing the database, as two instances of a service do (the second built by hand, as a
 * second instance's would be): the limits hold across both, exactly, under parallel calls; counts are
 * kept under hashed keys only.
 */
@QuarkusTest
class SharedRateLimitsTest {

    @Inject
    RateLimiter first;

    @Inject
    RateLimitTable table;

    @Inject
    RateLimitConfig config;

    @Inject
    Clock clock;

    @Inject
    AgroalDataSource dataSource;

    private final List<RateLimiter> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        first.reset();
        for (RateLimiter limiter : started) {
            limiter.stop(null);
        }
    }

    private RateLimiter secondInstance(RateLimitConfig config, Clock clock, RateLimitCounts counts) {
        RateLimiter second = new RateLimiter(config, clock, counts);
        second.start(null);
        started.add(second);
        return second;
    }

    @Test
    void aLimitPerIdentityHoldsExactlyAcrossTwoInstances() throws Exception {
        RateLimiter second = secondInstance(config, clock, table);
        first.override(new RateLimiter.Limits(10, 100_000));
        second.override(new RateLimiter.Limits(10, 100_000));
        String subject = "alice-" + UUID.randomUUID();

        Map<String, Integer> answers = inParallel(40, i -> (i % 2 == 0 ? first : second).admit("votes", subject, null));

        assertThat(answers).containsEntry("admitted", 10).containsEntry("refused", 30).hasSize(2);
        assertThat(hits(RateLimiter.key("votes", "sub", subject))).isEqualTo(40);
    }

    @Test
    void aLimitPerAddressHoldsExactlyAcrossTwoInstances() throws Exception {
        RateLimiter second = secondInstance(config, clock, table);
        first.override(new RateLimiter.Limits(100_000, 10));
        second.override(new RateLimiter.Limits(100_000, 10));
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));

        Map<String, Integer> answers = inParallel(40, i -> (i % 2 == 0 ? first : second)
                .admit("votes", "voter-" + UUID.randomUUID(), address));

        assertThat(answers).containsEntry("admitted", 10).containsEntry("refused", 30).hasSize(2);
    }

    @Test
    void aNewWindowAdmitsAgainOnEveryInstance() throws Exception {
        MovableClock shared = new MovableClock(clock.instant());
        RateLimitConfig threePerMinute = new RateLimiterTest.Config(true, Duration.ofMinutes(1), 3, 100_000);
        RateLimiter one = secondInstance(threePerMinute, shared, table);
        RateLimiter two = secondInstance(threePerMinute, shared, table);
        String subject = "bob-" + UUID.randomUUID();

        assertThat(inParallel(8, i -> (i % 2 == 0 ? one : two).admit("votes", subject, null)))
                .containsEntry("admitted", 3).containsEntry("refused", 5);
        shared.advance(Duration.ofSeconds(59));
        assertThat(inParallel(2, i -> (i % 2 == 0 ? one : two).admit("votes", subject, null)))
                .containsEntry("refused", 2);
        shared.advance(Duration.ofSeconds(1));
        assertThat(inParallel(8, i -> (i % 2 == 0 ? one : two).admit("votes", subject, null)))
                .containsEntry("admitted", 3).containsEntry("refused", 5);
    }

    @Test
    void theTableHoldsNoSubjectOrAddressInClear() throws Exception {
        String subject = "carol-" + UUID.randomUUID();
        String address = "203.0.113.77";
        first.admit("votes", subject, address).toCompletableFuture().get(10, TimeUnit.SECONDS);

        try (Connection connection = dataSource.getConnection();
             PreparedStatement rows = connection.prepareStatement("SELECT key_hash FROM rate_limit_window");
             ResultSet keys = rows.executeQuery()) {
            List<String> stored = new ArrayList<>();
            while (keys.next()) {
                byte[] key = keys.getBytes(1);
                assertThat(key).hasSize(16);
                stored.add(HexFormat.of().formatHex(key));
            }
            assertThat(stored).contains(RateLimiter.key("votes", "sub", subject), RateLimiter.key("votes", "ip", address));
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement columns = connection.prepareStatement(
                     "SELECT string_agg(column_name || ':' || data_type, ',' ORDER BY column_name) "
                             + "FROM information_schema.columns WHERE table_name = 'rate_limit_window'");
             ResultSet result = columns.executeQuery()) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("hits:integer,key_hash:bytea,window_start:timestamp with time zone");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement clear = connection.prepareStatement("SELECT count(*) FROM rate_limit_window "
                     + "WHERE position(convert_to(?, 'UTF8') IN key_hash) > 0 OR position(convert_to(?, 'UTF8') IN key_hash) > 0")) {
            clear.setString(1, subject);
            clear.setString(2, address);
            try (ResultSet result = clear.executeQuery()) {
                result.next();
                assertThat(result.getLong(1)).isZero();
            }
        }
    }

    @Test
    void aDatabaseFailureWhileCountingAnswers503AndAdmitsNothing() {
        RateLimiter outage = secondInstance(config, clock, new FailingCounts(
                new PersistenceException("down", new SQLException("connection refused", "08001"))));
        Throwable failure = failure(outage.admit("votes", "dave", "192.0.2.1"));
        assertThat(DatabaseFailures.isTransient(failure)).as("%s answers 503", failure).isTrue();

        RateLimiter broken = secondInstance(config, clock, new FailingCounts(new IllegalStateException("a bug")));
        assertThat(failure(broken.admit("votes", "dave", "192.0.2.1"))).isInstanceOf(Overloaded.class);
    }

    private static Throwable failure(java.util.concurrent.CompletionStage<Void> admission) {
        try {
            admission.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("admitted");
    }

    /** Starts the calls together from several threads; answers counted as admitted, refused, or the failure's name. */
    private static Map<String, Integer> inParallel(int calls, IntFunction<java.util.concurrent.CompletionStage<Void>> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<java.util.concurrent.Future<CompletableFuture<Void>>> submitted = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int n = i;
                submitted.add(pool.submit(() -> {
                    go.await();
                    return call.apply(n).toCompletableFuture();
                }));
            }
            go.countDown();
            Map<String, Integer> answers = new java.util.TreeMap<>();
            for (var future : submitted) {
                String answer;
                try {
                    future.get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
                    answer = "admitted";
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
                    answer = cause instanceof RateLimitExceeded ? "refused" : cause.toString();
                }
                answers.merge(answer, 1, Integer::sum);
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private int hits(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT hits FROM rate_limit_window WHERE key_hash = decode(?, 'hex')")) {
            select.setString(1, key);
            try (ResultSet result = select.executeQuery()) {
                assertThat(result.next()).as("a row for the key").isTrue();
                return result.getInt(1);
            }
        }
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private record FailingCounts(RuntimeException failure) implements RateLimitCounts {
        @Override
        public Map<String, Window> add(Instant now, Duration window, SortedMap<String, Integer> hits) {
            throw failure;
        }

        @Override
        public void deleteOpenedBefore(Instant cutoff) {
        }

        @Override
        public void clear() {
        }
    }
}
