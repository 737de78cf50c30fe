package org.wsis.common.ratelimit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.wsis.common.security.Caller;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Applies {@link RateLimited}: after authentication (the caller's {@code sub} is known), before the work.
 *
 * <p>A method that returns a {@link CompletionStage} runs on the event loop and must not block: it is
 * called once its call was counted, and its stage is answered from there. By then Quarkus REST has
 * deactivated the request context (it does so when the method returns a stage), and the method reads
 * request-scoped beans (the caller's token, {@code UriInfo}): so the context captured here is activated
 * around the call and deactivated after it (deactivating does not destroy it; the request does at its
 * end). A blocking method (on a worker thread) waits for the count.
 */
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
        if (!CompletionStage.class.isAssignableFrom(context.getMethod().getReturnType())) {
            limiter.acquire(bucket, subject, address);
            return context.proceed();
        }
        CompletableFuture<Void> admission = limiter.admit(bucket, subject, address).toCompletableFuture();
        if (admission.isDone() && !admission.isCompletedExceptionally()) {
            return context.proceed(); // limits off, or no key: on this thread, in this context
        }
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState state = requestContext.getState();
        CompletableFuture<Object> answer = new CompletableFuture<>();
        admission.whenComplete((admitted, refused) -> {
            if (refused != null) {
                answer.completeExceptionally(unwrap(refused));
                return;
            }
            boolean activate = !requestContext.isActive(); // active when counted at once, on this thread
            if (activate) {
                requestContext.activate(state);
            }
            try {
                @SuppressWarnings("unchecked")
                CompletionStage<Object> work = (CompletionStage<Object>) context.proceed();
                work.whenComplete((result, failure) -> {
                    if (failure != null) {
                        answer.completeExceptionally(unwrap(failure));
                    } else {
                        answer.complete(result);
                    }
                });
            } catch (Throwable failure) {
                answer.completeExceptionally(failure);
            } finally {
                if (activate) {
                    requestContext.deactivate();
                }
            }
        });
        return answer;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
