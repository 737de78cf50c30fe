package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Page;
import org.wsis.common.domain.Refusal;
import org.wsis.common.security.Caller;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.Proposal;
import org.wsis.sessions.ProposalStatus;
import org.wsis.sessions.service.outbox.SessionEvents;
import org.wsis.sessions.repository.ParticipantRepository;
import org.wsis.sessions.repository.ProposalRepository;
import org.wsis.sessions.repository.SessionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The call for sessions: participants propose, organisers accept or reject. */
@ApplicationScoped
public class ProposalService {

    private final ProposalRepository proposals;
    private final ParticipantRepository participants;
    private final SessionRepository sessions;
    private final Speakers speakers;
    private final SessionEvents events;
    private final Clock clock;

    public ProposalService(ProposalRepository proposals, ParticipantRepository participants,
                           SessionRepository sessions, Speakers speakers, SessionEvents events, Clock clock) {
        this.proposals = proposals;
        this.participants = participants;
        this.sessions = sessions;
        this.speakers = speakers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Proposal submit(int edition, String proposer, SessionDetails details) {
        Proposal proposal = new Proposal();
        proposal.id = UUID.randomUUID();
        proposal.edition = edition;
        proposal.proposerSubject = proposer;
        // proposing needs no registration; the one held now is what erasing it must reach
        proposal.proposerParticipantId = participants.liveBySubject(edition, proposer).map(p -> p.id).orElse(null);
        proposal.content = details.toContent();
        speakers.requireRegistered(edition, proposal.content.speakerList());
        proposal.status = ProposalStatus.SUBMITTED;
        proposal.createdAt = clock.instant();
        proposals.persist(proposal);
        events.proposed(proposal);
        return proposal;
    }

    /** Accepting turns a SUBMITTED proposal into an UNSCHEDULED session; rejecting closes it. */
    @Transactional
    public Proposal decide(int edition, UUID id, boolean accept, String note) {
        Proposal proposal = proposals.lockInEdition(edition, id).orElseThrow(() -> notFound(id));
        Instant now = clock.instant();
        if (accept) {
            ForumSession session = ForumSession.of(edition, proposal.content.copy(), proposal.id, now);
            proposal.accept(session, note, now);
            sessions.persist(session);
            events.accepted(session);
        } else {
            proposal.reject(note, now);
            events.rejected(proposal);
        }
        return proposal;
    }

    /** Organisers see every proposal, a participant only their own (another's answers 404). */
    @Transactional
    public Proposal get(int edition, UUID id, Caller caller) {
        return proposals.inEdition(edition, id)
                .filter(p -> caller.isOrganiser() || p.isOwnedBy(caller.subject()))
                .orElseThrow(() -> notFound(id));
    }

    @Transactional
    public Page<Proposal> list(int edition, Caller caller, ProposalStatus status, int page, int size) {
        var query = proposals.search(edition, caller.isOrganiser() ? null : caller.subject(), status);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    private static Refusal notFound(UUID id) {
        return Refusal.notFound("No proposal " + id + " in this edition.");
    }
}
