package org.wsis.sessions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionStatus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<ForumSession, UUID> {

    public Optional<ForumSession> inEdition(int edition, UUID id) {
        return findByIdOptional(id).filter(s -> s.edition == edition);
    }

    /**
     * Locks the session row for the rest of the transaction: scheduling and seat reservations on
     * one session are serialised by the database, so seat counts are never oversold.
     */
    public Optional<ForumSession> lockInEdition(int edition, UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(s -> s.edition == edition);
    }

    /** An edition has a few hundred sessions: filtering happens on this list. */
    public List<ForumSession> ofEdition(int edition) {
        return list("edition = ?1 order by startsAt nulls last, content.title, id", edition);
    }

    public List<ForumSession> scheduled(int edition) {
        return list("edition = ?1 and status = ?2 order by startsAt, id", edition, SessionStatus.SCHEDULED);
    }

    /** Sessions naming the participant as a speaker (any edition: participant ids are per edition anyway). */
    @SuppressWarnings("unchecked")
    public List<ForumSession> withSpeaker(UUID participantId) {
        List<UUID> ids = getEntityManager()
                .createNativeQuery("SELECT id FROM forum_session WHERE speaker_ids @> ARRAY[CAST(?1 AS uuid)]", UUID.class)
                .setParameter(1, participantId.toString())
                .getResultList();
        // locked in id order, before any seat: the same order as seat reservations take, so no deadlock
        return ids.isEmpty() ? List.of()
                : find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Optional<ForumSession> prizeCeremony(int edition) {
        return find("edition = ?1 and content.format = ?2 and status <> ?3 order by createdAt",
                edition, SessionFormat.PRIZE_CEREMONY, SessionStatus.CANCELLED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
