package org.wsis.common.overload;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How much work a service accepts before it sheds the rest with 503 ({@code wsis.overload.*}).
 * Beyond these bounds a request is refused at once, so that the accepted ones keep their latency
 * and the heap holds only what is in progress.
 */
@ConfigMapping(prefix = "wsis.overload")
public interface OverloadConfig {

    /** Requests in progress at once (reading, queued for a worker, executing, writing), /q/ excepted. */
    @WithDefault("256")
    int maxInFlight();

    /** Of those, requests whose body is over 64 KiB or of undeclared length (at most 512 KiB each). */
    @WithDefault("16")
    int maxLargeBodiesInFlight();

    /**
     * How long an accepted request may wait for a worker thread before it is refused instead of run:
     * past this, its client is better served by a quick 503 than by a late answer.
     */
    @WithDefault("300ms")
    Duration maxQueueTime();

    /** The Retry-After of a shed request, in seconds. */
    @WithDefault("1")
    int retryAfterSeconds();
}
