package org.wsis.common.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The event backbone's meters: the relay's rounds and failures, each consumer's applied events, its
 * batches' apply time and the end-to-end age of what it applied (the event's {@code time} to applied),
 * and the Kafka clients' own metrics (records lag per partition among them).
 */
@ApplicationScoped
public class EventMetrics {

    private final MeterRegistry registry;
    private final Counter sent;
    private final Counter failures;
    private final DistributionSummary batch;
    private final Timer send;
    private static final Duration KAFKA_REFRESH = Duration.ofSeconds(10);
    private final ScheduledExecutorService kafkaRefresh = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kafka-client-metrics");
        thread.setDaemon(true);
        return thread;
    });

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.sent = Counter.builder("wsis.outbox.relay.events.sent")
                .description("Outbox events the relay sent to Kafka (committed Kafka transactions)").register(registry);
        this.failures = Counter.builder("wsis.outbox.relay.failures")
                .description("Relay rounds that failed (Kafka away or fenced, database failure); the rows stay pending")
                .register(registry);
        this.batch = DistributionSummary.builder("wsis.outbox.relay.batch").baseUnit("events")
                .description("Events per relay round (one Kafka transaction)").register(registry);
        this.send = Timer.builder("wsis.outbox.relay.send")
                .description("One relay round's sends and Kafka commit, until the broker acknowledged").register(registry);
    }

    void relayed(int events, long nanos) {
        sent.increment(events);
        batch.record(events);
        send.record(Duration.ofNanos(nanos));
    }

    void relayFailed() {
        failures.increment();
    }

    /** Reports whether this instance's relay leads, as 1 or 0. */
    void relayLeadership(OutboxRelay relay) {
        registry.gauge("wsis.outbox.relay.leader", relay, r -> r.leader() ? 1 : 0);
    }

    Inbox inbox(String consumer) {
        return new Inbox(
                Counter.builder("wsis.inbox.events.applied").tag("consumer", consumer)
                        .description("Events the consumer applied (redeliveries excluded)").register(registry),
                Timer.builder("wsis.inbox.apply").tag("consumer", consumer)
                        .description("One consumed batch's transaction: dedup, apply, commit").register(registry),
                Timer.builder("wsis.inbox.event.age").tag("consumer", consumer)
                        .description("From the event's time (written to the producer's outbox) to applied here")
                        .register(registry));
    }

    /**
     * Binds a Kafka client's metrics (lag, throughput, errors) until the returned handle is closed. A
     * consumer's per-partition lag appears once partitions are assigned: the clients' metric lists are
     * re-read every {@link #KAFKA_REFRESH} on one shared thread (Micrometer's default: a thread per client
     * and a minute).
     */
    AutoCloseable bind(Consumer<?, ?> consumer) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(consumer, List.of(), kafkaRefresh, KAFKA_REFRESH);
        metrics.bindTo(registry);
        return metrics;
    }

    AutoCloseable bind(Producer<?, ?> producer) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(producer, List.of(), kafkaRefresh, KAFKA_REFRESH);
        metrics.bindTo(registry);
        return metrics;
    }

    @PreDestroy
    void stop() {
        kafkaRefresh.shutdownNow();
    }

    /** One consumer's meters. */
    record Inbox(Counter applied, Timer apply, Timer age) {

        void applied(long batchNanos, List<CloudEvent> events, Instant now) {
            apply.record(Duration.ofNanos(batchNanos));
            applied.increment(events.size());
            for (CloudEvent event : events) {
                if (event.time() != null) {
                    age.record(Duration.between(event.time(), now));
                }
            }
        }
    }
}
