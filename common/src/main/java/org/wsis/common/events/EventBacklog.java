package org.wsis.common.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.wsis.common.observability.Sampled;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What waits in this service's event tables, sampled: outbox rows not yet sent and the age of the oldest
 * (grows between samples, as a stuck outbox's would), and each consumer's parked events. Both queries
 * are served by partial indexes or a small table; the events health group reads the same sample.
 */
@ApplicationScoped
public class EventBacklog implements Sampled {

    /** The last sample: when it was taken, pending rows, the oldest one's creation, parked per consumer. */
    public record Sample(Instant at, long pending, Instant oldestPending, Map<String, Long> parked) {
    }

    private final OutboxEventRepository outbox;
    private final InboxRepository inbox;
    private final Clock clock;
    private volatile Sample last;

    public EventBacklog(OutboxEventRepository outbox, InboxRepository inbox, @Any Instance<EventHandler> handlers,
                        MeterRegistry registry, Clock clock) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.clock = clock;
        Gauge.builder("wsis.outbox.pending", this, b -> b.last == null ? 0 : b.last.pending()).baseUnit("events")
                .description("Outbox rows not yet sent to Kafka").register(registry);
        Gauge.builder("wsis.outbox.oldest.pending.age", this, b -> b.oldestPendingAge().toMillis() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest outbox row not yet sent (0 when none)")
                .register(registry);
        for (EventHandler handler : handlers) {
            String consumer = handler.consumerName();
            Gauge.builder("wsis.inbox.parked", this, b -> b.last == null ? 0 : b.last.parked().getOrDefault(consumer, 0L))
                    .tag("consumer", consumer)
                    .baseUnit("events").description("Events the consumer could not apply and set aside (parked_event)")
                    .register(registry);
        }
    }

    @Override
    public void sample() {
        OutboxEventRepository.Backlog backlog = outbox.backlog();
        last = new Sample(clock.instant(), backlog.pending(), backlog.oldest(), Map.copyOf(inbox.countParkedByConsumer()));
    }

    /** The last sample, or null before the first. */
    public Sample last() {
        return last;
    }

    /** How long the oldest pending row has waited, now; zero when none waits. */
    public Duration oldestPendingAge() {
        Sample sample = last;
        if (sample == null || sample.oldestPending() == null) {
            return Duration.ZERO;
        }
        Duration age = Duration.between(sample.oldestPending(), clock.instant());
        return age.isNegative() ? Duration.ZERO : age;
    }
}
