package org.wsis.common.ratelimit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.wsis.common.DatabaseFailures;
import org.wsis.common.batch.GroupCommit;
import org.wsis.common.overload.Overloaded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Fixed-window limits per bucket and key (an identity, a client address), counted in the service's
 * database so that every instance of a service shares them: a caller gets the limit, not the limit times
 * the number of instances. A key's window opens at its first call after the previous one ended; within
 * it the first {@code limit} calls pass and the later ones are refused ({@link RateLimitExceeded}, 429)
 * with a Retry-After that reaches the window's end.
 *
 * <p>Counting is a group commit ({@link GroupCommit}): a call drops its keys in a bounded queue and waits
 * without holding a thread; one writer thread counts every call that arrived meanwhile with one upsert
 * in one transaction ({@link RateLimitTable}: the batch's calls summed per key, the count after the
 * addition returned), and ranks each call within its key: {@code count − calls of this batch + position}.
 * A call whose rank exceeds the limit is refused. Both keys of a call are counted, also when one of them
 * refuses it (a caller over its identity's limit still uses up its address's, as a refused call did
 * before it too was counted). Keys are stored as a hash only ({@link #key}).
 *
 * <p>A database failure while counting answers 503 (never admits and never answers 500); so does a
 * call that waited longer than {@code wsis.rate-limit.max-wait} or found the queue full.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final CompletableFuture<Void> ADMITTED = CompletableFuture.completedFuture(null);
    private static final long CLEANUP_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final RateLimitConfig config;
    private final Clock clock;
    private final RateLimitCounts counts;
    private volatile Limits override;
    private volatile GroupCommit<Admission, Void> batches;
    /** When the ended windows are next deleted; countAll runs on several writers' threads (its own, the gates'). */
    private final java.util.concurrent.atomic.AtomicLong nextCleanup = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);

    public RateLimiter(RateLimitConfig config, Clock clock, RateLimitCounts counts) {
        this.config = config;
        this.clock = clock;
        this.counts = counts;
    }

    /**
     * Limits that replace the configured ones until {@link #reset()}: for operators under attack, and
     * tests. An override is this instance's: the others keep theirs (counts stay shared).
     */
    public record Limits(int perIdentity, int perAddress) {
    }

    /** One call to count: the hashed keys of its identity and of its address (either may be absent). */
    record Admission(String identity, String address) {
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled() && batches == null) {
            GroupCommit<Admission, Void> started = new GroupCommit<>("rate-limit", config.queueCapacity(),
                    config.maxBatch(), config.maxWait(), this::countAll);
            started.start();
            batches = started;
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        GroupCommit<Admission, Void> started = batches;
        if (started != null) {
            started.stop();
        }
    }

    /**
     * Replaces the limits of this instance and starts every key's count afresh, for every instance (the
     * shared counts are deleted).
     */
    public void override(Limits limits) {
        this.override = limits;
        clearCounts();
    }

    /** Back to the configured limits, with fresh counts (for every instance, as {@link #override}). */
    public void reset() {
        this.override = null;
        clearCounts();
    }

    private void clearCounts() {
        if (config.enabled()) {
            counts.clear();
        }
    }

    /**
     * Counts the call without blocking: the stage completes (on the caller's Vert.x context) once its
     * batch committed, or fails with {@link RateLimitExceeded} when the identity or the address is over
     * its limit, or with a 503 failure ({@link Overloaded}, a database outage) when it could not be counted.
     * Before {@link #start} (a plain unit test) the call is counted alone, at once, on the caller's thread.
     */
    public CompletionStage<Void> admit(String bucket, String subject, String address) {
        Admission admission = admission(bucket, subject, address);
        return admission == null ? ADMITTED : admit(admission);
    }

    /** The call's hashed keys, or null when nothing is counted (limits off, or neither key known). */
    Admission admission(String bucket, String subject, String address) {
        if (!config.enabled() || (subject == null && address == null)) {
            return null;
        }
        // hashed here, on the callers' threads, not on a writer thread
        return new Admission(subject == null ? null : key(bucket, "sub", subject),
                address == null ? null : key(bucket, "ip", address));
    }

    /**
     * The gate of a group commit whose items are rate-limited calls (votes, registrations): each item's
     * ticket is its {@link Admission}, left by {@link RateLimitInterceptor}; the batch counts them with
     * one upsert in its own transaction, and the items over a limit are refused (429) instead of written.
     * A call then costs no second batch, no second transaction and no hop between threads; and a batch
     * that rolls back (a conflict retried, a failure) takes its counts with it.
     */
    public GroupCommit.Gate gate() {
        return tickets -> {
            List<Admission> admissions = new ArrayList<>(tickets.size());
            for (Object ticket : tickets) {
                if (ticket instanceof Admission admission) {
                    admissions.add(admission);
                }
            }
            List<RuntimeException> refusals = new ArrayList<>(tickets.size());
            if (admissions.isEmpty()) { // limits off: no statement at all
                tickets.forEach(ticket -> refusals.add(null));
                return refusals;
            }
            java.util.Iterator<GroupCommit.Outcome<Void>> counted = countAll(admissions).iterator();
            for (Object ticket : tickets) {
                refusals.add(ticket instanceof Admission ? counted.next().refusal() : null);
            }
            return refusals;
        };
    }

    /** Counts one call through this limiter's own group commit (a call whose work has no gated batch). */
    CompletionStage<Void> admit(Admission admission) {
        GroupCommit<Admission, Void> started = batches;
        if (started == null) {
            RuntimeException refusal = countAll(List.of(admission)).get(0).refusal();
            return refusal == null ? ADMITTED : CompletableFuture.failedFuture(refusal);
        }
        return started.submit(admission).exceptionallyCompose(failure ->
                CompletableFuture.failedFuture(answerable(failure)));
    }

    /** {@link #admit}, waiting for the answer: for blocking callers (worker threads), never the event loop. */
    public void acquire(String bucket, String subject, String address) {
        try {
            admit(bucket, subject, address).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The writer: counts a batch in its transaction, one outcome per call in the batch's order. Also
     * deletes, at most once a minute and in a transaction of its own, the windows that ended a window ago.
     */
    List<GroupCommit.Outcome<Void>> countAll(List<Admission> batch) {
        Limits limits = limits();
        Instant now = clock.instant();
        long windowMillis = config.window().toMillis();
        cleanupIfDue(now, windowMillis);
        SortedMap<String, Integer> added = new TreeMap<>(); // hex of the hash: its order is the bytea order
        for (Admission admission : batch) {
            if (admission.identity() != null) {
                added.merge(admission.identity(), 1, Integer::sum);
            }
            if (admission.address() != null) {
                added.merge(admission.address(), 1, Integer::sum);
            }
        }
        Map<String, RateLimitCounts.Window> windows = counts.add(now, config.window(), added);
        Map<String, Integer> positions = new HashMap<>(added.size() * 2);
        List<GroupCommit.Outcome<Void>> outcomes = new ArrayList<>(batch.size());
        for (Admission admission : batch) {
            RateLimitExceeded refusal = null;
            if (admission.identity() != null) {
                refusal = check(admission.identity(), limits.perIdentity(), windows, added, positions,
                        now.toEpochMilli(), windowMillis, "this account");
            }
            if (admission.address() != null) {
                RateLimitExceeded byAddress = check(admission.address(), limits.perAddress(), windows, added,
                        positions, now.toEpochMilli(), windowMillis, "this network address");
                refusal = refusal != null ? refusal : byAddress;
            }
            outcomes.add(refusal == null ? GroupCommit.Outcome.of(null) : GroupCommit.Outcome.refused(refusal));
        }
        return outcomes;
    }

    private static RateLimitExceeded check(String key, int limit, Map<String, RateLimitCounts.Window> windows,
                                           Map<String, Integer> added, Map<String, Integer> positions,
                                           long now, long windowMillis, String who) {
        RateLimitCounts.Window window = windows.get(key);
        int position = positions.merge(key, 1, Integer::sum);
        int rank = window.hits() - added.get(key) + position; // earlier batches' calls come first
        if (rank <= limit) {
            return null;
        }
        long retryAfter = Math.max(1, (window.startMillis() + windowMillis - now + 999) / 1000);
        return new RateLimitExceeded("Too many requests from " + who + "; retry after " + retryAfter + " s.", retryAfter);
    }

    private void cleanupIfDue(Instant now, long windowMillis) {
        long due = nextCleanup.get();
        if (now.toEpochMilli() < due || !nextCleanup.compareAndSet(due, now.toEpochMilli() + CLEANUP_EVERY_MILLIS)) {
            return;
        }
        try {
            counts.deleteOpenedBefore(now.minusMillis(2 * windowMillis));
        } catch (RuntimeException e) { // the next clean-up deletes them; this batch still counts
            LOG.warnf("Could not delete ended rate-limit windows (%s)", e.toString());
        }
    }

    private Limits limits() {
        Limits limits = override;
        return limits != null ? limits : new Limits(config.perIdentity(), config.perAddress());
    }

    /**
     * The key a bucket counts a caller under: the first 16 bytes of SHA-256 of
     * {@code bucket|kind|value}, in hex. Neither the subject nor the address is stored.
     */
    static String key(String bucket, String kind, String value) {
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        byte[] digest = sha256.digest((bucket + "|" + kind + "|" + value).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /** Refusals and 503 answers pass; anything else that kept a call from being counted becomes a 503. */
    private static Throwable answerable(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof RateLimitExceeded || cause instanceof Overloaded || DatabaseFailures.isTransient(cause)) {
            return cause;
        }
        LOG.errorf(cause, "Could not count a rate-limited call; answering 503");
        return new Overloaded("rate limits could not be counted");
    }
}
