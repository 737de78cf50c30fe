package org.wsis.common.events;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.wsis.common.SqlArrays;

import java.sql.PreparedStatement;
import java.time.Instant;
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

    public List<OutboxEvent> pending(int limit) {
        return find("sentAt IS NULL ORDER BY id").page(0, limit).list();
    }

    public void markSent(List<Long> ids, Instant when) {
        if (!ids.isEmpty()) {
            update("sentAt = ?1 WHERE id IN ?2", when, ids);
        }
    }

    /** Inserts the rows with one statement; their ids follow the list's order. */
    public void insertAll(List<OutboxEvent> rows) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (event_id, topic, record_key, type, payload, created_at)
                    SELECT event_id, topic, record_key, type, payload, created_at
                      FROM unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::timestamptz[])
                           WITH ORDINALITY AS r(event_id, topic, record_key, type, payload, created_at, position)
                     ORDER BY position""")) {
                insert.setArray(1, SqlArrays.text(connection, rows.stream().map(r -> r.eventId)));
                insert.setArray(2, SqlArrays.text(connection, rows.stream().map(r -> r.topic)));
                insert.setArray(3, SqlArrays.text(connection, rows.stream().map(r -> r.recordKey)));
                insert.setArray(4, SqlArrays.text(connection, rows.stream().map(r -> r.type)));
                insert.setArray(5, SqlArrays.text(connection, rows.stream().map(r -> r.payload)));
                insert.setArray(6, SqlArrays.text(connection, rows.stream().map(r -> r.createdAt)));
                insert.executeUpdate();
            }
        });
    }

    public long countPending() {
        return count("sentAt IS NULL");
    }

    public long deleteSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }
}
