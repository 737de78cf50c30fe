package org.wsis.common.ratelimit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one identity (the token's {@code sub}) and one client address may call the
 * method within {@code wsis.rate-limit.window}; beyond it the call answers 429 with
 * {@code Retry-After}. The value names the bucket (e.g. {@code "votes"}): each has its own counters.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    @Nonbinding
    String value();
}
