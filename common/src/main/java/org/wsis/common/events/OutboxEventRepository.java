package org.wsis.common.events;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.wsis.common.SqlArrays;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class OutboxEventRepository implements PanacheRepository<OutboxEvent> {

    /** Arbitrary constant naming the relay's lock; one relay per database drains at a time. */
    private static final long RELAY_LOCK = 0x5753495352454cL;

    /**
     * Takes the relay lock for the current transaction. Only one instance of a service drains its
     * outbox at a time, which keeps one aggregate's events in commit order on Kafka.
     */
    public boolean tryRelayLock() {
        Object locked = getEntityManager()
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /**
     * The oldest unsent rows, in id order: one native statement served by the partial index on pending
     * rows, read as plain values (no managed entities for the flush to check).
     */
    public List<Pending> pending(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT id, topic, record_key, type, payload, traceparent FROM outbox_event "
                                + "WHERE sent_at IS NULL ORDER BY id LIMIT ?1")
                .setParameter(1, limit)
                .getResultList();
        List<Pending> pending = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            pending.add(new Pending(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5]));
        }
        return pending;
    }

    /** One statement whatever the number of rows: the ids travel as a single array parameter. */
    public int markSent(Long[] ids, Instant when) {
        if (ids.length == 0) {
            return 0;
        }
        return getEntityManager().createNativeQuery("UPDATE outbox_event SET sent_at = ?1 WHERE id = ANY(?2)")
                .setParameter(1, when)
                .setParameter(2, ids)
                .executeUpdate();
    }

    /** Inserts the rows with one statement; their ids follow the list's order. */
    public void insertAll(List<OutboxEvent> rows) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (event_id, topic, record_key, type, payload, created_at, traceparent)
                    SELECT event_id, topic, record_key, type, payload, created_at, traceparent
                      FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::timestamptz[],
                                  ?::varchar[])
                           WITH ORDINALITY AS r(event_id, topic, record_key, type, payload, created_at, traceparent,
                                                position)
                     ORDER BY position""")) {
                insert.setArray(1, SqlArrays.text(connection, rows.stream().map(r -> r.eventId)));
                insert.setArray(2, SqlArrays.text(connection, rows.stream().map(r -> r.topic)));
                insert.setArray(3, SqlArrays.text(connection, rows.stream().map(r -> r.recordKey)));
                insert.setArray(4, SqlArrays.text(connection, rows.stream().map(r -> r.type)));
                insert.setArray(5, SqlArrays.text(connection, rows.stream().map(r -> r.payload)));
                insert.setArray(6, SqlArrays.text(connection, rows.stream().map(r -> r.createdAt)));
                insert.setArray(7, SqlArrays.text(connection, rows.stream().map(r -> r.traceparent)));
                insert.executeUpdate();
            }
        });
    }

    /** Rows not yet sent and the oldest one's creation (null when none): one scan of the pending index. */
    public Backlog backlog() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                "SELECT count(*), min(created_at) FROM outbox_event WHERE sent_at IS NULL").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), instant(row[1]));
    }

    /** A timestamptz as the driver and Hibernate hand it to a native query. */
    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    /** What waits in the outbox. */
    public record Backlog(long pending, Instant oldest) {
    }

    public long deleteSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }

    /** A row waiting to be sent. */
    public record Pending(long id, String topic, String recordKey, String type, String payload, String traceparent) {
    }
}
