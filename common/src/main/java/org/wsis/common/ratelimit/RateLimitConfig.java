package org.wsis.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code wsis.rate-limit.*}: limits of the {@link RateLimited} operations, per fixed window. */
@ConfigMapping(prefix = "wsis.rate-limit")
public interface RateLimitConfig {

    /** Off only by an explicit {@code wsis.rate-limit.enabled=false} (e.g. a throughput benchmark). */
    @WithDefault("true")
    boolean enabled();

    /** The window the counts cover. */
    @WithDefault("1M")
    Duration window();

    /** Calls one identity ({@code sub}) may make to one bucket per window. */
    @WithDefault("30")
    int perIdentity();

    /** Calls one client address may make to one bucket per window (many people may share an address). */
    @WithDefault("600")
    int perAddress();
}
