package org.wsis.common.overload;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bounds the worker queue in time, where {@link OverloadGuard} bounds the requests in size: a request
 * that waited longer than {@link OverloadConfig#maxQueueTime()} between being ready to run (stamped on
 * the event loop, before the switch to a worker) and getting its worker thread is refused with 503
 * instead of being executed for a client that has probably given up. Only the wait for a worker counts,
 * not reading the body or a cold start.
 */
public class QueueTimeFilter {

    private static final String READY_AT = "wsis.ready-at";

    private final OverloadConfig config;
    private final OverloadGuard guard;

    public QueueTimeFilter(OverloadConfig config, OverloadGuard guard) {
        this.config = config;
        this.guard = guard;
    }

    @ServerRequestFilter(nonBlocking = true)
    public void stampReady(RoutingContext context) {
        context.put(READY_AT, System.nanoTime());
    }

    @ServerRequestFilter
    public Response refuseIfWaitedTooLong(RoutingContext context) {
        Long readyAt = context.get(READY_AT);
        if (readyAt == null || System.nanoTime() - readyAt <= config.maxQueueTime().toNanos()) {
            return null;
        }
        return guard.refusal();
    }
}
