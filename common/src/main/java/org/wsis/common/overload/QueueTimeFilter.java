package org.wsis.common.overload;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Runs where the endpoint runs (a worker thread for blocking endpoints): a request that waited longer
 * than {@link OverloadConfig#maxQueueTime()} for its worker is refused with 503 instead of being
 * executed for a client that has probably given up. This bounds the queue in time, where
 * {@link OverloadGuard} bounds it in size.
 */
public class QueueTimeFilter {

    private final OverloadConfig config;
    private final OverloadGuard guard;

    public QueueTimeFilter(OverloadConfig config, OverloadGuard guard) {
        this.config = config;
        this.guard = guard;
    }

    @ServerRequestFilter
    public Response refuseIfWaitedTooLong(RoutingContext context) {
        Long admittedAt = context.get(OverloadGuard.ADMITTED_AT);
        if (admittedAt == null || System.nanoTime() - admittedAt <= config.maxQueueTime().toNanos()) {
            return null;
        }
        return guard.refusal();
    }
}
