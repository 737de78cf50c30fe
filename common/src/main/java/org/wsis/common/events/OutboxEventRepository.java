package org.wsis.common.events;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

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
                        "SELECT id, topic, record_key, type, payload FROM outbox_event "
                                + "WHERE sent_at IS NULL ORDER BY id LIMIT ?1")
                .setParameter(1, limit)
                .getResultList();
        List<Pending> pending = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            pending.add(new Pending(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4]));
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

    public long countPending() {
        return count("sentAt IS NULL");
    }

    public long deleteSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }

    /** A row waiting to be sent. */
    public record Pending(long id, String topic, String recordKey, String type, String payload) {
    }
}
