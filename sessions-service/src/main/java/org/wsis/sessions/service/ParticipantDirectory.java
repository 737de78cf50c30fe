package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.wsis.common.events.RegistrationErasure;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.Participant;
import org.wsis.sessions.repository.ParticipantRepository;
import org.wsis.sessions.repository.ProposalRepository;
import org.wsis.sessions.repository.SeatRepository;
import org.wsis.sessions.repository.SessionRepository;

import java.time.Clock;
import java.util.UUID;

/** The participant read model: what registration-service told us, and what follows from it here. */
@ApplicationScoped
public class ParticipantDirectory {

    private static final Logger LOG = Logger.getLogger(ParticipantDirectory.class);

    private final ParticipantRepository participants;
    private final SeatRepository seats;
    private final SessionRepository sessions;
    private final ProposalRepository proposals;
    private final Clock clock;

    public ParticipantDirectory(ParticipantRepository participants, SeatRepository seats,
                                SessionRepository sessions, ProposalRepository proposals, Clock clock) {
        this.participants = participants;
        this.seats = seats;
        this.sessions = sessions;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Transactional
    public void upsert(UUID id, int edition, String subject, String displayName, String stakeholderGroup,
                       String status) {
        Participant p = participants.lock(id);
        if (p != null && Participant.ERASED.equals(p.status)) {
            return; // erasure is final: a late event must not bring personal data back
        }
        boolean known = p != null;
        if (!known) {
            p = new Participant();
            p.id = id;
        }
        p.edition = edition;
        p.subject = subject != null ? subject : p.subject;
        p.displayName = displayName != null ? displayName : p.displayName;
        p.stakeholderGroup = stakeholderGroup != null ? stakeholderGroup : p.stakeholderGroup;
        p.status = status;
        p.updatedAt = clock.instant();
        if (!known) {
            participants.persist(p);
        }
        if (p.hasWithdrawn()) {
            withdraw(id);
        }
    }

    @Transactional
    public void cancelled(UUID id, int edition, String subject) {
        upsert(id, edition, subject, null, null, Participant.CANCELLED);
    }

    /**
     * Deletes every personal field; the id stays so that sessions can still be flagged. Only this
     * registration's proposals lose their proposer: what the person proposed under another one stays theirs.
     */
    @Transactional
    public void erased(UUID id, int edition) {
        Participant p = participants.lock(id);
        if (p != null && p.subject != null) {
            proposals.forgetProposer(RegistrationErasure.of(id, p.edition, p.subject,
                    participants.hasOtherLiveRegistration(p.edition, p.subject, id)));
        }
        if (p == null) {
            p = new Participant();
            p.id = id;
            p.edition = edition;
            p.erase(clock.instant());
            participants.persist(p);
        } else {
            p.erase(clock.instant());
        }
        withdraw(id);
    }

    /** Frees the person's seats and flags every session where they speak, for the organisers. */
    private void withdraw(UUID participantId) {
        for (ForumSession session : sessions.withSpeaker(participantId)) {
            session.speakerWithdrawn = true;
            session.updatedAt = clock.instant();
        }
        long freed = seats.freeAllOf(participantId);
        LOG.debugf("Participant %s withdrew: %d seats freed", participantId, freed);
    }
}
