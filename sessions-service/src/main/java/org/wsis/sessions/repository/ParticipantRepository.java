package org.wsis.sessions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wsis.common.events.participants.ParticipantStatus;
import org.wsis.sessions.Participant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** The caller's registration in the edition; a confirmed one first when they registered again. */
    public Optional<Participant> bySubject(int edition, String subject) {
        return find("edition = ?1 and subject = ?2 order by case when status = ?3 then 0 else 1 end, updatedAt desc",
                edition, subject, ParticipantStatus.CONFIRMED).firstResultOptional();
    }

    /**
     * The same, locked FOR SHARE until the transaction ends: a reservation then cannot commit
     * alongside the person's cancellation, which locks the row for update before freeing seats.
     */
    public Optional<Participant> lockBySubject(int edition, String subject) {
        return find("edition = ?1 and subject = ?2 order by case when status = ?3 then 0 else 1 end, updatedAt desc",
                edition, subject, ParticipantStatus.CONFIRMED)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }

    /** The caller's live registration in the edition: a confirmed one first, then the latest reported. */
    public Optional<Participant> liveBySubject(int edition, String subject) {
        return find("edition = ?1 and subject = ?2 and status not in ?3"
                        + " order by case when status = ?4 then 0 else 1 end, updatedAt desc",
                edition, subject, ParticipantStatus.ENDED, ParticipantStatus.CONFIRMED).firstResultOptional();
    }

    /** Whether the person holds a live registration in the edition other than {@code id}. */
    public boolean hasOtherLiveRegistration(int edition, String subject, UUID id) {
        return count("edition = ?1 and subject = ?2 and id <> ?3 and status not in ?4",
                edition, subject, id, ParticipantStatus.ENDED) > 0;
    }

    public Participant lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Locks the rows of these participants that exist, in id order (the order every consumer batch takes). */
    public List<Participant> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Map<UUID, Participant> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Participant> found = list("id in ?1", ids);
        return found.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
