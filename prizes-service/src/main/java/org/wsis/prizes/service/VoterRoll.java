package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.wsis.common.events.RegistrationErasure;
import org.wsis.common.events.participants.BatchPreload;
import org.wsis.common.events.participants.ParticipantEventData;
import org.wsis.common.events.participants.ParticipantReadModel;
import org.wsis.common.events.participants.ParticipantStatus;
import org.wsis.prizes.EligibleVoter;
import org.wsis.prizes.repository.EligibleVoterRepository;
import org.wsis.prizes.repository.NominationRepository;
import org.wsis.prizes.repository.VoteRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Who may vote, as registration-service reports it. CONFIRMED may vote; a later CANCELLED stops new
 * votes but keeps the cast ones; erasure leaves the votes under their pseudonym and wipes the personal fields.
 * Erasure reaches one registration: what the person did under another one they still hold stays theirs.
 */
@ApplicationScoped
public class VoterRoll implements ParticipantReadModel {

    private static final Logger LOG = Logger.getLogger(VoterRoll.class);

    private final EligibleVoterRepository voters;
    private final VoteRepository votes;
    private final NominationRepository nominations;
    private final Clock clock;
    private final BatchPreload preloaded;

    public VoterRoll(EligibleVoterRepository voters, VoteRepository votes, NominationRepository nominations,
                     Clock clock, BatchPreload preloaded) {
        this.voters = voters;
        this.votes = votes;
        this.nominations = nominations;
        this.clock = clock;
        this.preloaded = preloaded;
    }

    @Override
    public void preload(Collection<UUID> participantIds) {
        // record() and erase() then find them in the persistence context, or know they are new
        preloaded.found(participantIds, voters.loadAll(participantIds).stream().map(v -> v.participantId).toList());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ParticipantEventData data, Instant reportedAt) {
        EligibleVoter voter = preloaded.find(data.participantId(), voters::findById).orElse(null);
        boolean known = voter != null;
        if (!known) {
            voter = new EligibleVoter();
            voter.participantId = data.participantId();
            voter.edition = data.edition();
        } else if (voter.status == ParticipantStatus.ERASED) {
            return; // erased is final: a late event must not bring the person back
        }
        if (data.subject() != null) {
            voter.subject = data.subject();
        }
        if (data.displayName() != null) {
            voter.displayName = data.displayName();
        }
        voter.status = data.statusOr(voter.status);
        voter.updatedAt = clock.instant();
        if (voter.status == ParticipantStatus.CONFIRMED && voter.confirmedAt == null) {
            // the first confirmation dates the account for the integrity signals; updates do not renew it
            voter.confirmedAt = reportedAt != null ? reportedAt : voter.updatedAt;
        }
        if (!known) {
            voters.persist(voter); // after the fields are set: the insert takes the state at persist time
            preloaded.created(voter.participantId);
        }
    }

    /** An unknown registration leaves a tombstone: without it, a late confirmation would let the person vote. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID participantId, int edition) {
        EligibleVoter voter = preloaded.find(participantId, voters::findById).orElse(null);
        if (voter == null) {
            LOG.debugf("Erasure of unknown participant %s: tombstone only", participantId);
            voter = new EligibleVoter();
            voter.participantId = participantId;
            voter.edition = edition;
            voter.status = ParticipantStatus.ERASED;
            voter.updatedAt = clock.instant();
            voters.persist(voter);
            preloaded.created(voter.participantId);
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
        voter.status = ParticipantStatus.ERASED;
        voter.updatedAt = clock.instant();
    }
}
