package org.wsis.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.wsis.common.DatabaseFailures;
import org.wsis.common.observability.TraceContexts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The idempotent consumer loop of one handler: a polled batch is applied in one transaction that
 * also records the applied event ids; offsets are committed only after that transaction commits
 * (asynchronously after each batch, synchronously when partitions are revoked and at shutdown).
 * Records whose {@code ce_type} header names a type the handler does not handle are skipped
 * unparsed. A record that keeps failing is parked; a database outage pauses the loop instead.
 */
final class InboxLoop {

    private static final Logger LOG = Logger.getLogger(InboxLoop.class);
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(5);

    private final EventHandler handler;
    private final KafkaClients kafka;
    private final InboxRepository inbox;
    private final ObjectMapper mapper;
    private final EventsConfig.Inbox config;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean running = true;
    /** Next offset of each owned partition whose records are applied (committed to the database). */
    private final Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();

    private final EventMetrics metrics;
    private final EventMetrics.Inbox meters;
    private final Tracer tracer;

    InboxLoop(EventHandler handler, KafkaClients kafka, InboxRepository inbox, ObjectMapper mapper,
              EventsConfig.Inbox config, EventMetrics metrics, Tracer tracer) {
        this.handler = handler;
        this.kafka = kafka;
        this.inbox = inbox;
        this.mapper = mapper;
        this.config = config;
        this.metrics = metrics;
        this.meters = metrics.inbox(handler.consumerName());
        this.tracer = tracer;
    }

    void start() {
        Thread thread = new Thread(this::run, "inbox-" + handler.consumerName());
        thread.setDaemon(true);
        thread.start();
    }

    void requestStop() {
        running = false;
        stopRequested.countDown();
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    void awaitStop() {
        try {
            if (!stopped.await(15, TimeUnit.SECONDS)) {
                LOG.warnf("Consumer %s did not stop within 15 s", handler.consumerName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try (KafkaConsumer<String, String> kafkaConsumer =
                     kafka.consumer(handler.consumerName(), handler.consumerName(), config.maxPollRecords())) {
            consumer = kafkaConsumer;
            AutoCloseable clientMetrics = metrics.bind(kafkaConsumer);
            kafkaConsumer.subscribe(handler.topics(), new CommitOnRevocation(kafkaConsumer));
            try {
                consume(kafkaConsumer);
            } finally {
                commitApplied(kafkaConsumer, applied.keySet()); // before close: nothing applied is redelivered
                OutboxRelay.closeQuietly(clientMetrics);
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.errorf(e, "Consumer %s woken unexpectedly", handler.consumerName());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Consumer %s stopped on an unexpected failure", handler.consumerName());
        } finally {
            stopped.countDown();
        }
    }

    private void consume(KafkaConsumer<String, String> kafkaConsumer) {
        Duration backoff = config.initialBackoff();
        while (running) {
            ConsumerRecords<String, String> records = kafkaConsumer.poll(Duration.ofMillis(500));
            if (records.isEmpty()) {
                continue;
            }
            if (applyBatch(records)) {
                commitAsync(kafkaConsumer, records);
                backoff = config.initialBackoff();
            } else {
                rewind(kafkaConsumer, records);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                        ? config.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    /** @return true when every record is applied, skipped or parked; false when the database is away */
    private boolean applyBatch(ConsumerRecords<String, String> polled) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(polled.count());
        for (ConsumerRecord<String, String> record : polled) {
            if (mayHandle(record)) {
                records.add(record);
            }
        }
        if (records.isEmpty()) {
            return true; // nothing this handler applies: no transaction at all
        }
        try {
            applyInTransaction(records);
            return true;
        } catch (RuntimeException batchFailure) {
            if (DatabaseFailures.isTransient(batchFailure)) {
                LOG.warnf("Consumer %s cannot reach the database (%s); will retry", handler.consumerName(),
                        batchFailure.toString());
                return false;
            }
        }
        // Something in the batch is poison: find it record by record, so the rest still applies.
        for (ConsumerRecord<String, String> record : records) {
            if (!applyAlone(record)) {
                return false;
            }
        }
        return true;
    }

    private boolean applyAlone(ConsumerRecord<String, String> record) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= config.attempts(); attempt++) {
            try {
                applyInTransaction(List.of(record));
                return true;
            } catch (RuntimeException e) {
                if (DatabaseFailures.isTransient(e)) {
                    return false;
                }
                last = e;
            }
        }
        String error = last.toString();
        LOG.errorf(last, "Consumer %s parks %s-%d@%d after %d attempts", handler.consumerName(),
                record.topic(), record.partition(), record.offset(), config.attempts());
        return park(record, error);
    }

    /**
     * False when the record's {@code ce_type} header names a type the handler does not handle: such a
     * record is skipped without parsing its value. Records without the header (written before the
     * relay set it, or by other producers) are parsed, and their body's type decides.
     */
    private boolean mayHandle(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(CloudEvent.TYPE_HEADER);
        if (type == null || type.value() == null) {
            return true;
        }
        String name = new String(type.value(), StandardCharsets.UTF_8);
        if (handler.handles(name)) {
            return true;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Consumer %s skips event type %s at %s-%d@%d unparsed", handler.consumerName(), name,
                    record.topic(), record.partition(), record.offset());
        }
        return false;
    }

    /** One transaction around {@link #applyAll}; the meters count what it applied once it committed. */
    private void applyInTransaction(List<ConsumerRecord<String, String>> records) {
        long started = System.nanoTime();
        List<CloudEvent> appliedEvents = QuarkusTransaction.requiringNew().call(() -> applyAll(records));
        meters.applied(System.nanoTime() - started, appliedEvents, Instant.now());
    }

    /**
     * Applies the records' events in order, in the caller's transaction: unreadable ones are parked,
     * all are marked processed in one statement, and only those not applied before reach the handler.
     *
     * @return the events applied (not applied before)
     */
    private List<CloudEvent> applyAll(List<ConsumerRecord<String, String>> records) {
        List<CloudEvent> events = new ArrayList<>(records.size());
        List<UUID> ids = new ArrayList<>(records.size());
        Map<CloudEvent, String> traceparents = new IdentityHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            CloudEvent event = read(record);
            if (event != null && handler.handles(event.type())) {
                events.add(event);
                ids.add(UUID.fromString(event.id()));
                traceparents.put(event, traceparent(record, event));
            } else if (event != null) {
                LOG.debugf("Consumer %s skips event type %s", handler.consumerName(), event.type());
            }
        }
        Set<UUID> fresh = inbox.markProcessed(handler.consumerName(), events, ids);
        List<CloudEvent> toApply = new ArrayList<>(fresh.size());
        for (int i = 0; i < events.size(); i++) {
            if (fresh.remove(ids.get(i))) { // remove: an event delivered twice in one batch applies once
                toApply.add(events.get(i));
            }
        }
        if (toApply.isEmpty()) {
            return toApply;
        }
        handler.prepare(toApply);
        for (CloudEvent event : toApply) {
            applyTraced(event, traceparents.get(event));
        }
        return toApply;
    }

    /**
     * Applies one event; when it came with a trace, inside a span of that trace (so what the handler does,
     * including events it writes to its own outbox, continues the trace of the request upstream).
     */
    private void applyTraced(CloudEvent event, String traceparent) {
        if (traceparent == null) {
            handler.apply(event);
            return;
        }
        Span span = tracer.spanBuilder(handler.consumerName() + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceContexts.parent(traceparent))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", handler.consumerName())
                .setAttribute("cloudevents.event_id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            handler.apply(event);
        } catch (RuntimeException e) {
            span.recordException(e).setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /** The relay's span from the record's header; else the writer's, from the event (another producer's). */
    private static String traceparent(ConsumerRecord<String, String> record, CloudEvent event) {
        Header header = record.headers().lastHeader(TraceContexts.TRACEPARENT);
        if (header != null && header.value() != null) {
            return new String(header.value(), StandardCharsets.US_ASCII);
        }
        return event.traceparent();
    }

    /** The record's event, or null when it is unreadable (then parked, in the batch's transaction). */
    private CloudEvent read(ConsumerRecord<String, String> record) {
        try {
            CloudEvent event = mapper.readValue(record.value(), CloudEvent.class);
            UUID.fromString(event.id());
            if (event.type() == null) {
                throw new IllegalArgumentException("no type");
            }
            return event;
        } catch (Exception e) {
            LOG.errorf("Consumer %s parks unreadable record %s-%d@%d: %s", handler.consumerName(),
                    record.topic(), record.partition(), record.offset(), e.toString());
            inbox.park(handler.consumerName(), record, "unreadable event: " + e);
            return null;
        }
    }

    private boolean park(ConsumerRecord<String, String> record, String error) {
        try {
            QuarkusTransaction.requiringNew().run(() -> inbox.park(handler.consumerName(), record, error));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Consumer %s cannot park a record (%s); will retry", handler.consumerName(), e.toString());
            return false;
        }
    }

    /**
     * Commits the batch's offsets without waiting (its database transaction has committed). A failed
     * commit only means redelivery, which the processed-events table makes harmless; a later batch's
     * commit, a revocation or the shutdown commits past it.
     */
    private void commitAsync(KafkaConsumer<String, String> kafkaConsumer, ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = nextOffsets(kafkaConsumer, records);
        applied.putAll(offsets);
        kafkaConsumer.commitAsync(offsets, (committed, failure) -> {
            if (failure != null) {
                LOG.warnf("Consumer %s could not commit offsets %s (%s); a later commit covers them, or they are "
                        + "redelivered", handler.consumerName(), committed, failure.toString());
            }
        });
    }

    /**
     * Commits, and waits for, the applied offsets of the given partitions, then forgets them: they are
     * being revoked, or the consumer closes. Never commits offsets of partitions it no longer owns.
     */
    private void commitApplied(KafkaConsumer<String, String> kafkaConsumer, Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = applied.get(partition);
            if (offset != null) {
                offsets.put(partition, offset);
            }
        }
        applied.keySet().removeAll(offsets.keySet());
        if (offsets.isEmpty()) {
            return;
        }
        try {
            try {
                kafkaConsumer.commitSync(offsets, COMMIT_TIMEOUT);
            } catch (WakeupException e) {
                // a stop's wakeup lands on whichever blocking call comes next; it is spent now, commit again
                kafkaConsumer.commitSync(offsets, COMMIT_TIMEOUT);
            }
        } catch (org.apache.kafka.common.KafkaException e) {
            LOG.warnf("Consumer %s could not commit offsets %s (%s); they may be redelivered",
                    handler.consumerName(), offsets, e.toString());
        }
    }

    /** Commits what was applied on partitions about to move to another consumer. */
    private final class CommitOnRevocation implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, String> kafkaConsumer;

        CommitOnRevocation(KafkaConsumer<String, String> kafkaConsumer) {
            this.kafkaConsumer = kafkaConsumer;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            commitApplied(kafkaConsumer, partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            applied.keySet().removeAll(partitions); // already owned by another consumer: no commit
        }
    }

    /**
     * The consumer's position on each partition of the batch: past its last record and past the
     * transaction markers that follow it, which a read-committed consumer skips (committing the last
     * record + 1 would leave every partition one marker "behind" at rest, a lag that never drains).
     */
    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(KafkaConsumer<String, String> consumer,
                                                                      ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            var list = records.records(partition);
            long afterLast = list.get(list.size() - 1).offset() + 1;
            offsets.put(partition, new OffsetAndMetadata(Math.max(afterLast, consumer.position(partition))));
        }
        return offsets;
    }

    /** Positions each partition back at the batch's first record, so nothing is skipped. */
    private static void rewind(KafkaConsumer<String, String> consumer, ConsumerRecords<String, String> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private void pause(Duration duration) {
        try {
            stopRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
