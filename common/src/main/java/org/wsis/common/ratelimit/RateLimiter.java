package org.wsis.common.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed-window counters per bucket and key, in this instance's memory: with N instances behind a
 * load balancer a caller gets at most N times the limit (a gateway in front can enforce a global one).
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_KEYS = 200_000;

    private final RateLimitConfig config;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile Limits override;

    public RateLimiter(RateLimitConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Limits that replace the configured ones until {@link #reset()}: for operators under attack, and tests. */
    public record Limits(int perIdentity, int perAddress) {
    }

    public void override(Limits limits) {
        this.override = limits;
        windows.clear();
    }

    public void reset() {
        this.override = null;
        windows.clear();
    }

    /** Counts the call; throws {@link RateLimitExceeded} when the identity or the address is over its limit. */
    public void acquire(String bucket, String subject, String address) {
        if (!config.enabled()) {
            return;
        }
        Limits limits = override != null ? override : new Limits(config.perIdentity(), config.perAddress());
        long now = clock.millis();
        long windowMillis = config.window().toMillis();
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(w -> now - w.start >= windowMillis);
        }
        if (subject != null) {
            check(bucket + "|sub|" + subject, limits.perIdentity(), now, windowMillis, "this account");
        }
        if (address != null) {
            check(bucket + "|ip|" + address, limits.perAddress(), now, windowMillis, "this network address");
        }
    }

    private void check(String key, int limit, long now, long windowMillis, String who) {
        Window window = windows.compute(key, (k, w) -> w == null || now - w.start >= windowMillis ? new Window(now) : w);
        if (window.count.incrementAndGet() > limit) {
            long retryAfter = Math.max(1, (window.start + windowMillis - now + 999) / 1000);
            throw new RateLimitExceeded("Too many requests from " + who + "; retry after " + retryAfter + " s.", retryAfter);
        }
    }

    private static final class Window {
        final long start;
        final AtomicInteger count = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }
}
