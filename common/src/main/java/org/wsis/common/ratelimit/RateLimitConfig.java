package org.wsis.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * {@code wsis.rate-limit.*}: limits of the {@link RateLimited} operations, per fixed window, counted in
 * the service's database so that every instance of the service shares them ({@link RateLimiter}).
 */
@ConfigMapping(prefix = "wsis.rate-limit")
public interface RateLimitConfig {

    /** Off only by an explicit {@code wsis.rate-limit.enabled=false} (e.g. a throughput benchmark): then no database work at all. */
    @WithDefault("true")
    boolean enabled();

    /** The window the counts cover. */
    @WithDefault("1M")
    Duration window();

    /** Calls one identity ({@code sub}) may make to one bucket per window, across all instances. */
    @WithDefault("30")
    int perIdentity();

    /** Calls one client address may make to one bucket per window (many people may share an address). */
    @WithDefault("600")
    int perAddress();

    /** Calls waiting for the next counting batch at most; beyond, a call answers 503 at once. */
    @WithDefault("1000")
    int queueCapacity();

    /** Calls counted in one batch (one statement, one transaction) at most. */
    @WithDefault("500")
    int maxBatch();

    /** How long a call may wait for its counting batch before it answers 503 instead. */
    @WithDefault("500ms")
    Duration maxWait();
}
