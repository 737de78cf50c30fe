package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.wsis.common.events.RegistrationErasure;
import org.wsis.common.events.participants.BatchPreload;
import org.wsis.common.events.participants.ParticipantEventData;
import org.wsis.common.events.participants.ParticipantReadModel;
import org.wsis.common.events.participants.ParticipantStatus;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.Participant;
import org.wsis.sessions.repository.ParticipantRepository;
import org.wsis.sessions.repository.ProposalRepository;
import org.wsis.sessions.repository.SeatRepository;
import org.wsis.sessions.repository.SessionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/** The participant read model: what registration-service told us, and what follows from it here. */
@ApplicationScoped
public class ParticipantDirectory implements ParticipantReadModel {

    private static final Logger LOG = Logger.getLogger(ParticipantDirectory.class);

    private final ParticipantRepository participants;
    private final SeatRepository seats;
    private final SessionRepository sessions;
    private final ProposalRepository proposals;
    private final Clock clock;
    private final BatchPreload preloaded;

    public ParticipantDirectory(ParticipantRepository participants, SeatRepository seats,
                                SessionRepository sessions, ProposalRepository proposals, Clock clock,
                                BatchPreload preloaded) {
        this.participants = participants;
        this.seats = seats;
        this.sessions = sessions;
        this.proposals = proposals;
        this.clock = clock;
        this.preloaded = preloaded;
    }

    @Override
    public void preload(Collection<UUID> participantIds) {
        // record() and erase() then find them locked in the persistence context, or know they are new
        preloaded.found(participantIds, participants.lockAll(participantIds).stream().map(p -> p.id).toList());
    }

    /** Applies the event; a withdrawal (cancelled, erased) frees the person's seats and flags their sessions. */
    @Override
    @Transactional
    public void record(ParticipantEventData data, Instant reportedAt) {
        Participant p = preloaded.find(data.participantId(), participants::lock).orElse(null);
        if (p != null && p.status == ParticipantStatus.ERASED) {
            return; // erasure is final: a late event must not bring personal data back
        }
        boolean known = p != null;
        if (!known) {
            p = new Participant();
            p.id = data.participantId();
        }
        p.edition = data.edition();
        p.subject = data.subject() != null ? data.subject() : p.subject;
        p.displayName = data.displayName() != null ? data.displayName() : p.displayName;
        p.stakeholderGroup = data.stakeholderGroup() != null ? data.stakeholderGroup() : p.stakeholderGroup;
        p.status = data.statusOr(p.status);
        p.updatedAt = clock.instant();
        if (!known) {
            participants.persist(p);
            preloaded.created(p.id);
        }
        if (p.hasWithdrawn()) {
            withdraw(p.id);
        }
    }

    /**
     * Deletes every personal field; the id stays so that sessions can still be flagged, and an unknown
     * participant leaves that tombstone too. Only this registration's proposals lose their proposer: what
     * the person proposed under another one stays theirs.
     */
    @Override
    @Transactional
    public void erase(UUID id, int edition) {
        Participant p = preloaded.find(id, participants::lock).orElse(null);
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
            preloaded.created(p.id);
        } else {
            p.erase(clock.instant());
        }
        withdraw(id);
    }

    /** Frees the person's seats and flags every session where they speak, for the organisers. */
    private void withdraw(UUID participantId) {
        for (ForumSession session : sessions.withSpeaker(participantId)) {
            session.speakerWithdrew(clock.instant());
        }
        long freed = seats.freeAllOf(participantId);
        LOG.debugf("Participant %s withdrew: %d seats freed", participantId, freed);
    }
}
