package org.wsis.common.ratelimit;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.wsis.common.rest.ProblemResponses;

import java.util.Map;

/** 429 problem details with {@code Retry-After}. */
public class RateLimitMapper {

    private final ProblemResponses problems;

    public RateLimitMapper(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response tooMany(RateLimitExceeded e) {
        return problems.build(429, "rate-limited", "Too many requests", e.getMessage(), null, Map.of())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).build();
    }
}
