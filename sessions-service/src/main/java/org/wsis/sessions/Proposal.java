package org.wsis.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wsis.common.domain.Refusal;

import java.time.Instant;
import java.util.UUID;

/** A participant's answer to the call for sessions, awaiting an organiser's decision. */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public int edition;

    /** Token subject of the participant who proposed it. */
    @Column(name = "proposer_subject")
    public String proposerSubject;

    /** The proposer's live registration when they proposed (null if the read model knew none). */
    @Column(name = "proposer_participant_id", updatable = false)
    public UUID proposerParticipantId;

    @Embedded
    public SessionContent content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    @Column(name = "decision_note")
    public String decisionNote;

    /** The session an accepted proposal became. */
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public boolean isOwnedBy(String subject) {
        return proposerSubject != null && proposerSubject.equals(subject);
    }

    /** Accepted: it became {@code session}, an UNSCHEDULED session with a copy of its content. */
    public void accept(ForumSession session, String note, Instant now) {
        decide(ProposalStatus.ACCEPTED, note, now);
        sessionId = session.id;
    }

    public void reject(String note, Instant now) {
        decide(ProposalStatus.REJECTED, note, now);
    }

    /** An organiser decides once. */
    private void decide(ProposalStatus decision, String note, Instant now) {
        if (status != ProposalStatus.SUBMITTED) {
            throw Refusal.conflict("already-decided", "Proposal " + id + " is already " + status + ".");
        }
        status = decision;
        decisionNote = note;
        decidedAt = now;
    }
}
