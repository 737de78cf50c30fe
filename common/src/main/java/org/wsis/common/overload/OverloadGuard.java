package org.wsis.common.overload;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.wsis.common.observability.Shed;
import org.wsis.common.rest.Problem;
import org.wsis.common.rest.ProblemResponses;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sheds load at the door: a request beyond {@link OverloadConfig#maxInFlight()} answers 503 problem
 * details with Retry-After before anything else is done for it (no body read, no token verified, no
 * worker taken), so an overload costs the service a few microseconds per refused request instead of
 * queues that fill the heap. Requests with bodies over 64 KiB (up to the 512 KiB limit) have a smaller
 * share of their own, so that the bodies in memory stay a few megabytes whatever clients send. Quarkus' own endpoints (/q/: health, OpenAPI) are never shed, so probes
 * keep answering. Requests that were admitted but then waited too long for a worker are refused by
 * {@link QueueTimeFilter}. A long-lived answer (an event stream) gives its place back once it streams
 * ({@link #release}).
 */
@ApplicationScoped
public class OverloadGuard {

    private static final Logger LOG = Logger.getLogger(OverloadGuard.class);

    private final OverloadConfig config;
    private final ProblemResponses problems;
    private final String overloaded;
    private static final long LARGE_BODY = 64 * 1024;
    /** The request's place among those in flight, while it holds one (an AtomicBoolean). */
    private static final String PLACE = "wsis.overload.place";

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger largeBodies = new AtomicInteger();
    private final AtomicLong shed = new AtomicLong();

    private final Counter shedMeter;

    public OverloadGuard(OverloadConfig config, ProblemResponses problems, MeterRegistry registry) {
        this.config = config;
        this.problems = problems;
        this.shedMeter = Shed.counter(registry, Shed.OVERLOAD);
        this.overloaded = problems.body(503, "overloaded", "Service overloaded", detail(), null, Map.of());
    }

    private String detail() {
        return "The service is at capacity; retry after " + config.retryAfterSeconds() + " s.";
    }

    /** The 503 answer of shed work, for the JAX-RS layer. */
    public Response refusal() {
        shedMeter.increment();
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
        if (!take(inFlight, config.maxInFlight())) {
            refuse(context);
            return;
        }
        AtomicBoolean held = new AtomicBoolean(true);
        context.put(PLACE, held);
        context.addEndHandler(ended -> giveBack(held));
        if (large(context.request())) {
            if (!take(largeBodies, config.maxLargeBodiesInFlight())) {
                refuse(context); // the end handler gives back the place in inFlight
                return;
            }
            context.addEndHandler(ended -> largeBodies.decrementAndGet());
        }
        context.next();
    }

    /**
     * Gives back the place of a request that now waits on nothing of the service's: a long-lived answer such
     * as an event stream, which holds no worker and is bounded by its own limit. Without this, open streams
     * would take places from ordinary requests for as long as they stay open. Idempotent; the place is
     * given back at most once, here or at the end of the request.
     */
    public void release(RoutingContext context) {
        AtomicBoolean held = context == null ? null : context.get(PLACE);
        if (held != null) {
            giveBack(held);
        }
    }

    private void giveBack(AtomicBoolean held) {
        if (held.compareAndSet(true, false)) {
            inFlight.decrementAndGet();
        }
    }

    private static boolean take(AtomicInteger counter, int max) {
        if (counter.incrementAndGet() > max) {
            counter.decrementAndGet();
            return false;
        }
        return true;
    }

    /** A body that may be large: a declared length over 64 KiB, or a length not declared (chunked). */
    private static boolean large(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        }
        return !length.matches("\\d{1,6}") || Long.parseLong(length) > LARGE_BODY;
    }

    private void refuse(RoutingContext context) {
        long count = shed.incrementAndGet();
        shedMeter.increment();
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
