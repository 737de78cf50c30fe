package org.wsis.common.observability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the metrics sampled from the database and of the events health group ({@code wsis.observability.*}). */
@ConfigMapping(prefix = "wsis.observability")
public interface ObservabilityConfig {

    /**
     * How often the gauges read from the database (outbox backlog, parked events, domain counts) are
     * refreshed: one thread, a few index-served queries per interval, never on a scrape's request.
     */
    @WithDefault("5s")
    Duration sampleInterval();

    /** The events health group reports DOWN when the oldest unsent outbox row is older than this. */
    @WithDefault("60s")
    Duration stuckOutboxAfter();
}
