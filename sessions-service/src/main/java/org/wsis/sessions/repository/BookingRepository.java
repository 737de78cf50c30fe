package org.wsis.sessions.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The room and speaker bookings of scheduled sessions. Their exclusion constraints
 * ({@code room_double_booked}, {@code speaker_double_booked}) are what finally refuses an overlap,
 * even between two transactions that checked at the same moment.
 */
@ApplicationScoped
public class BookingRepository {

    private final EntityManager em;

    public BookingRepository(EntityManager em) {
        this.em = em;
    }

    public void release(UUID sessionId) {
        em.createNativeQuery("DELETE FROM room_booking WHERE session_id = ?1").setParameter(1, sessionId).executeUpdate();
        em.createNativeQuery("DELETE FROM speaker_booking WHERE session_id = ?1").setParameter(1, sessionId).executeUpdate();
    }

    public void bookRoom(UUID sessionId, UUID roomId, Instant start, Instant end) {
        em.createNativeQuery("INSERT INTO room_booking (session_id, room_id, during) "
                        + "VALUES (?1, ?2, tstzrange(?3, ?4, '[)'))")
                .setParameter(1, sessionId).setParameter(2, roomId)
                .setParameter(3, utc(start)).setParameter(4, utc(end))
                .executeUpdate();
    }

    public void bookSpeaker(UUID sessionId, UUID participantId, Instant start, Instant end) {
        em.createNativeQuery("INSERT INTO speaker_booking (session_id, participant_id, during) "
                        + "VALUES (?1, ?2, tstzrange(?3, ?4, '[)'))")
                .setParameter(1, sessionId).setParameter(2, participantId)
                .setParameter(3, utc(start)).setParameter(4, utc(end))
                .executeUpdate();
    }

    /** Other sessions holding the room at an overlapping time. */
    @SuppressWarnings("unchecked")
    public List<UUID> roomConflicts(UUID sessionId, UUID roomId, Instant start, Instant end) {
        return em.createNativeQuery("SELECT session_id FROM room_booking WHERE room_id = ?1 "
                        + "AND during && tstzrange(?2, ?3, '[)') AND session_id <> ?4 ORDER BY session_id", UUID.class)
                .setParameter(1, roomId).setParameter(2, utc(start)).setParameter(3, utc(end))
                .setParameter(4, sessionId)
                .getResultList();
    }

    /** Other sessions where one of the speakers is booked at an overlapping time. */
    @SuppressWarnings("unchecked")
    public List<UUID> speakerConflicts(UUID sessionId, Collection<UUID> speakers, Instant start, Instant end) {
        if (speakers.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("SELECT DISTINCT session_id FROM speaker_booking WHERE participant_id IN (?1) "
                        + "AND during && tstzrange(?2, ?3, '[)') AND session_id <> ?4 ORDER BY session_id", UUID.class)
                .setParameter(1, speakers).setParameter(2, utc(start)).setParameter(3, utc(end))
                .setParameter(4, sessionId)
                .getResultList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
