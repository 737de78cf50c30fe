package org.wsis.common.ratelimit;

/** A caller went over a {@link RateLimited} bucket's limit; answered 429 with Retry-After. */
public class RateLimitExceeded extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitExceeded(String detail, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
