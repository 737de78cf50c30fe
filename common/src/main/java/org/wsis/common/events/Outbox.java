package org.wsis.common.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.POJONode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.wsis.common.observability.TraceContexts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction commits,
 * and then always (the relay retries until the broker acknowledges).
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_KEY = new Object();

    private final OutboxEventRepository repository;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;

    public Outbox(OutboxEventRepository repository, ObjectMapper mapper,
                  TransactionSynchronizationRegistry transactions, OutboxRelay relay, EventsConfig config) {
        this.repository = repository;
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.source = config.source();
    }

    /**
     * @param topic   Kafka topic
     * @param type    full CloudEvents type, e.g. {@code org.wsis.participant.confirmed.v1}
     * @param subject the aggregate id: the record key, so one aggregate's events stay in order
     * @param edition the edition the event belongs to
     * @param data    the event payload (a record)
     * @return the event as recorded; its {@code data} is {@code data} itself, wrapped in a
     *         {@link POJONode} (not a navigable tree)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String type, String subject, String edition, Object data) {
        CloudEvent event = envelope(type, subject, edition, data);
        repository.persist(row(topic, event));
        wakeRelayAfterCommit();
        return event;
    }

    /** One event to record: the arguments of {@link #publish}. */
    public record Draft(String topic, String type, String subject, String edition, Object data) {
    }

    /**
     * Records several events in the caller's transaction with one statement, in the given order (the
     * voting peak's group commit writes a batch of votes this way).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        repository.insertAll(drafts.stream()
                .map(d -> row(d.topic(), envelope(d.type(), d.subject(), d.edition(), d.data()))).toList());
        wakeRelayAfterCommit();
    }

    /** The data is serialised once, straight into the envelope's JSON: no intermediate tree. */
    private CloudEvent envelope(String type, String subject, String edition, Object data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "application/json", edition, TraceContexts.current(),
                new POJONode(data));
    }

    private OutboxEvent row(String topic, CloudEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.topic = topic;
        row.recordKey = event.subject();
        row.type = event.type();
        row.payload = serialize(event);
        row.createdAt = event.time();
        row.traceparent = event.traceparent();
        return row;
    }

    private String serialize(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be serialized: " + event.type(), e);
        }
    }

    /** Wakes this instance's relay once the transaction commits, so delivery does not wait for a poll. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
