package org.wsis.common.ratelimit;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.wsis.common.security.Caller;

/** Applies {@link RateLimited}: after authentication (the caller's {@code sub} is known), before the work. */
@RateLimited("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RateLimitInterceptor {

    private final RateLimiter limiter;
    private final Caller caller;
    private final CurrentVertxRequest request;

    public RateLimitInterceptor(RateLimiter limiter, Caller caller, CurrentVertxRequest request) {
        this.limiter = limiter;
        this.caller = caller;
        this.request = request;
    }

    @AroundInvoke
    Object limit(InvocationContext context) throws Exception {
        RateLimited limited = context.getInterceptorBinding(RateLimited.class);
        String bucket = limited != null ? limited.value() : context.getMethod().getName();
        String subject = null;
        try {
            subject = caller.subject();
        } catch (RuntimeException anonymous) {
            // no verified token: only the address counts
        }
        String address = null;
        if (request.getCurrent() != null && request.getCurrent().request().remoteAddress() != null) {
            address = request.getCurrent().request().remoteAddress().hostAddress();
        }
        limiter.acquire(bucket, subject, address);
        return context.proceed();
    }
}
