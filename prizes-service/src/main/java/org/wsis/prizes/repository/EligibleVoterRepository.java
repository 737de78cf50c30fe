package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.events.participants.ParticipantStatus;
import org.wsis.prizes.EligibleVoter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The voter roll: this service's copy of registrations (see VoterRoll); batches read it through BallotRepository. */
@ApplicationScoped
public class EligibleVoterRepository implements PanacheRepositoryBase<EligibleVoter, UUID> {

    /** The person's live registration in the edition: a confirmed one first, then the latest reported. */
    /** Loads the rows of these participants that exist into the persistence context, in one query. */
    public List<EligibleVoter> loadAll(Collection<UUID> participantIds) {
        return participantIds.isEmpty() ? List.of() : list("participantId in ?1", participantIds);
    }

    public Optional<UUID> liveRegistration(int edition, String subject) {
        return find("edition = ?1 AND subject = ?2 AND status NOT IN ?3"
                        + " ORDER BY CASE WHEN status = ?4 THEN 0 ELSE 1 END, updatedAt DESC",
                edition, subject, ParticipantStatus.ENDED, ParticipantStatus.CONFIRMED)
                .firstResultOptional().map(v -> v.participantId);
    }

    /** Whether the person holds a live registration in the edition other than {@code participantId}. */
    public boolean hasOtherLiveRegistration(int edition, String subject, UUID participantId) {
        return count("edition = ?1 AND subject = ?2 AND participantId <> ?3 AND status NOT IN ?4",
                edition, subject, participantId, ParticipantStatus.ENDED) > 0;
    }
}
