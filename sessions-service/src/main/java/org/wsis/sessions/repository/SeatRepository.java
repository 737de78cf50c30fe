package org.wsis.sessions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.sessions.Seat;
import org.wsis.sessions.SeatMode;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class SeatRepository implements PanacheRepositoryBase<Seat, Seat.Key> {

    public long count(UUID sessionId, SeatMode mode) {
        return count("key.sessionId = ?1 and mode = ?2", sessionId, mode);
    }

    /** Seats per session and mode, for the organisers' view of many sessions at once. */
    public Map<UUID, Map<SeatMode, Long>> countsBySession(Collection<UUID> sessionIds) {
        Map<UUID, Map<SeatMode, Long>> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select s.key.sessionId, s.mode, count(s) from Seat s "
                        + "where s.key.sessionId in :ids group by s.key.sessionId, s.mode", Object[].class)
                .setParameter("ids", sessionIds)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], id -> new HashMap<>())
                        .put((SeatMode) row[1], (Long) row[2]));
        return counts;
    }

    public long freeAllOf(UUID participantId) {
        return delete("key.participantId = ?1", participantId);
    }

    public long freeAllAt(UUID sessionId) {
        return delete("key.sessionId = ?1", sessionId);
    }
}
