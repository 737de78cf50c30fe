package org.wsis.common.events;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

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

    public long countPending() {
        return count("sentAt IS NULL");
    }

    public long deleteSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }
}
