package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.wsis.common.events.RegistrationErasure;
import org.wsis.prizes.EligibleVoter;
import org.wsis.prizes.repository.EligibleVoterRepository;
import org.wsis.prizes.repository.NominationRepository;
import org.wsis.prizes.repository.VoteRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Who may vote, as registration-service reports it. CONFIRMED may vote; a later CANCELLED stops new
 * votes but keeps the cast ones; erasure leaves the votes under their pseudonym and wipes the personal fields.
 * Erasure reaches one registration: what the person did under another one they still hold stays theirs.
 */
@ApplicationScoped
public class VoterRoll {

    private static final Logger LOG = Logger.getLogger(VoterRoll.class);

    /**
     * The fields of a participant event this service keeps; {@code reportedAt} is the event's time
     * (null when the event has none: the time it is applied stands in).
     */
    public record Registration(UUID participantId, int edition, String subject, String displayName, String status,
                               Instant reportedAt) {
    }

    private final EligibleVoterRepository voters;
    private final VoteRepository votes;
    private final NominationRepository nominations;
    private final Clock clock;

    public VoterRoll(EligibleVoterRepository voters, VoteRepository votes, NominationRepository nominations,
                     Clock clock) {
        this.voters = voters;
        this.votes = votes;
        this.nominations = nominations;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Registration registration) {
        EligibleVoter voter = voters.findByIdOptional(registration.participantId()).orElse(null);
        boolean known = voter != null;
        if (!known) {
            voter = new EligibleVoter();
            voter.participantId = registration.participantId();
            voter.edition = registration.edition();
        } else if (EligibleVoter.ERASED.equals(voter.status)) {
            return; // erased is final: a late event must not bring the person back
        }
        if (registration.subject() != null) {
            voter.subject = registration.subject();
        }
        if (registration.displayName() != null) {
            voter.displayName = registration.displayName();
        }
        voter.status = registration.status();
        voter.updatedAt = clock.instant();
        if (EligibleVoter.CONFIRMED.equals(voter.status) && voter.confirmedAt == null) {
            // the first confirmation dates the account for the integrity signals; updates do not renew it
            voter.confirmedAt = registration.reportedAt() != null ? registration.reportedAt() : voter.updatedAt;
        }
        if (!known) {
            voters.persist(voter); // after the fields are set: the insert takes the state at persist time
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID participantId) {
        EligibleVoter voter = voters.findByIdOptional(participantId).orElse(null);
        if (voter == null) {
            LOG.debugf("Erasure of unknown participant %s: nothing held", participantId);
            return;
        }
        if (voter.subject != null) {
            RegistrationErasure erasure = RegistrationErasure.of(participantId, voter.edition, voter.subject,
                    voters.hasOtherLiveRegistration(voter.edition, voter.subject, participantId));
            int changed = votes.forgetVoter(erasure);
            nominations.forgetProposer(erasure);
            LOG.debugf("Erased participant %s: %d votes pseudonymised", participantId, changed);
        }
        voter.subject = null;
        voter.displayName = null;
        voter.status = EligibleVoter.ERASED;
        voter.updatedAt = clock.instant();
    }
}
