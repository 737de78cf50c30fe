package org.wsis.common.events;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.wsis.common.observability.ObservabilityConfig;

import java.time.Clock;
import java.time.Duration;

/**
 * {@code /q/health/group/events}: DOWN while the outbox is stuck (its oldest unsent row older than
 * {@code wsis.observability.stuck-outbox-after}) or a consumer has parked events. A group of its own, not
 * readiness: neither is cured by taking the instance out of rotation, and both need an operator.
 * Reads the {@link EventBacklog}'s last sample; a sample too old to trust is reported as such.
 */
@HealthGroup("events")
@ApplicationScoped
public class EventsHealthCheck implements HealthCheck {

    private final EventBacklog backlog;
    private final ObservabilityConfig config;
    private final Clock clock;

    public EventsHealthCheck(EventBacklog backlog, ObservabilityConfig config, Clock clock) {
        this.backlog = backlog;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("events");
        EventBacklog.Sample sample = backlog.last();
        if (sample == null || Duration.between(sample.at(), clock.instant())
                .compareTo(config.sampleInterval().multipliedBy(3)) > 0) {
            return response.down().withData("sampled", sample == null ? "never" : sample.at().toString()).build();
        }
        Duration oldest = backlog.oldestPendingAge();
        long parked = sample.parked().values().stream().mapToLong(Long::longValue).sum();
        response.withData("outboxPending", sample.pending())
                .withData("outboxOldestPendingSeconds", oldest.toSeconds())
                .withData("parked", parked);
        sample.parked().forEach((consumer, count) -> response.withData("parked." + consumer, count));
        boolean stuck = oldest.compareTo(config.stuckOutboxAfter()) > 0;
        return response.status(!stuck && parked == 0).build();
    }
}
