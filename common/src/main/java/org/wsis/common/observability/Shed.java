package org.wsis.common.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code wsis.requests.shed}: requests answered 503 (overload) or 429 (rate limits) instead of served. */
public final class Shed {

    public static final String OVERLOAD = "overload";
    public static final String RATE_LIMIT = "rate_limit";

    private Shed() {
    }

    public static Counter counter(MeterRegistry registry, String reason) {
        return Counter.builder("wsis.requests.shed").tag("reason", reason)
                .description("Requests refused instead of served: 503 for overload, 429 for rate limits")
                .register(registry);
    }
}
