package org.wsis.common.overload;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.wsis.common.rest.Problem;
import org.wsis.common.rest.ProblemResponses;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sheds load at the door: a request beyond {@link OverloadConfig#maxInFlight()} answers 503 problem
 * details with Retry-After before anything else is done for it (no body read, no token verified, no
 * worker taken), so an overload costs the service a few microseconds per refused request instead of
 * queues that fill the heap. Quarkus' own endpoints (/q/: health, OpenAPI) are never shed, so probes
 * keep answering. Requests that were admitted but then waited too long for a worker are refused by
 * {@link QueueTimeFilter}.
 */
@ApplicationScoped
public class OverloadGuard {

    private static final Logger LOG = Logger.getLogger(OverloadGuard.class);
    /** The admission time of a request, in System.nanoTime(), for {@link QueueTimeFilter}. */
    static final String ADMITTED_AT = "wsis.admitted-at";

    private final OverloadConfig config;
    private final ProblemResponses problems;
    private final String overloaded;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong shed = new AtomicLong();

    public OverloadGuard(OverloadConfig config, ProblemResponses problems) {
        this.config = config;
        this.problems = problems;
        this.overloaded = problems.body(503, "overloaded", "Service overloaded", detail(), null, Map.of());
    }

    private String detail() {
        return "The service is at capacity; retry after " + config.retryAfterSeconds() + " s.";
    }

    /** The 503 answer of shed work, for the JAX-RS layer. */
    public Response refusal() {
        return problems.build(503, "overloaded", "Service overloaded", detail(), null, Map.of())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(config.retryAfterSeconds()))
                .build();
    }

    void install(@Observes Router router) {
        // before the body limit (-3) and every other route: a shed request costs nothing more
        router.route().order(-4).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (context.request().path().startsWith("/q/")) {
            context.next();
            return;
        }
        if (inFlight.incrementAndGet() > config.maxInFlight()) {
            inFlight.decrementAndGet();
            refuse(context);
            return;
        }
        context.put(ADMITTED_AT, System.nanoTime());
        context.addEndHandler(ended -> inFlight.decrementAndGet());
        context.next();
    }

    private void refuse(RoutingContext context) {
        long count = shed.incrementAndGet();
        if (count == 1 || count % 10_000 == 0) {
            LOG.warnf("Overloaded: %d requests in progress; %d refused with 503 so far", config.maxInFlight(), count);
        }
        HttpServerRequest request = context.request();
        if (!request.isEnded()) {
            // discard the body the client is still sending, so the connection stays usable
            request.handler(ignored -> { }).resume();
        }
        context.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(config.retryAfterSeconds()))
                .end(overloaded);
    }

    /** Requests in progress now (admitted and not yet answered). */
    public int inFlight() {
        return inFlight.get();
    }

    /** Requests refused at the door since the start. */
    public long shed() {
        return shed.get();
    }
}
