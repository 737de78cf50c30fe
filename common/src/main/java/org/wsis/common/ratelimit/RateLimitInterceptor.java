package org.wsis.common.ratelimit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.wsis.common.batch.GroupCommit;
import org.wsis.common.security.Caller;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Applies {@link RateLimited}: after authentication (the caller's {@code sub} is known), before the work.
 *
 * <p>A method that returns a {@link CompletionStage} runs on the event loop and must not block. It is
 * called at once, with the call's keys left on the request's Vert.x context as a ticket: the group
 * commit it submits its work to (votes, registrations) counts the call in that batch's own transaction
 * and refuses it there when it is over a limit ({@link RateLimiter#gate}). A call refused before it
 * reached a batch is counted alone, afterwards. Outside a request's duplicated context (no ticket can be
 * left) the method is called once its call was counted by the limiter's own group commit, with the
 * request context captured here activated around it (Quarkus REST deactivated it when the method
 * returned a stage). A blocking method (on a worker thread) waits for the count.
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
        RateLimiter.Admission counted = limiter.admission(bucket, subject, address);
        if (counted == null) {
            return context.proceed(); // limits off, or no key
        }
        Context request = Vertx.currentContext();
        if (request != null && VertxContext.isDuplicatedContext(request)) {
            // the method's group commit counts the call in its own batch (RateLimiter#gate): no extra hop
            GroupCommit.attachTicket(request, counted);
            try {
                return context.proceed();
            } finally {
                Object untaken = GroupCommit.detachTicket(request);
                if (untaken != null) { // refused before it reached a batch: still counted, as every call is
                    limiter.admit(counted).exceptionally(failure -> null);
                }
            }
        }
        CompletableFuture<Void> admission = limiter.admit(counted).toCompletableFuture();
        if (admission.isDone() && !admission.isCompletedExceptionally()) {
            return context.proceed();
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
