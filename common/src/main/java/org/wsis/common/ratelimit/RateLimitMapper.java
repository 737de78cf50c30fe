package org.wsis.common.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.wsis.common.observability.Shed;
import org.wsis.common.rest.ProblemResponses;

import java.util.Map;

/** 429 problem details with {@code Retry-After}. */
public class RateLimitMapper {

    private final ProblemResponses problems;
    private final Counter shed;

    public RateLimitMapper(ProblemResponses problems, MeterRegistry registry) {
        this.problems = problems;
        this.shed = Shed.counter(registry, Shed.RATE_LIMIT);
    }

    @ServerExceptionMapper
    public Response tooMany(RateLimitExceeded e) {
        shed.increment();
        return problems.build(429, "rate-limited", "Too many requests", e.getMessage(), null, Map.of())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).build();
    }
}
