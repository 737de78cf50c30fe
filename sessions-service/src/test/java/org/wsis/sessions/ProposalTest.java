package org.wsis.sessions;

import org.junit.jupiter.api.Test;
import org.wsis.common.domain.Refusal;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An organiser decides a SUBMITTED proposal once: accepted (it became a session) or rejected. */
class ProposalTest {

    private static final Instant DECIDED = Instant.parse("2026-05-02T09:00:00Z");

    @Test
    void acceptingNamesTheSessionItBecame() {
        Proposal proposal = submitted();
        ForumSession session = ForumSessionTest.session(SessionFormat.THEMATIC_WORKSHOP);
        proposal.accept(session, "Welcome aboard", DECIDED);
        assertThat(proposal.status).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(proposal.sessionId).isEqualTo(session.id);
        assertThat(proposal.decisionNote).isEqualTo("Welcome aboard");
        assertThat(proposal.decidedAt).isEqualTo(DECIDED);
    }

    @Test
    void rejectingClosesIt() {
        Proposal proposal = submitted();
        proposal.reject(null, DECIDED);
        assertThat(proposal.status).isEqualTo(ProposalStatus.REJECTED);
        assertThat(proposal.sessionId).isNull();
        assertThat(proposal.decidedAt).isEqualTo(DECIDED);
    }

    @Test
    void aDecisionIsFinal() {
        Proposal proposal = submitted();
        proposal.reject("Out of scope", DECIDED);
        ForumSession session = ForumSessionTest.session(SessionFormat.THEMATIC_WORKSHOP);
        assertThatThrownBy(() -> proposal.accept(session, "On second thoughts", DECIDED.plusSeconds(60)))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Refusal.Reason.STATE_CONFLICT);
                    assertThat(refused.code()).isEqualTo("already-decided");
                    assertThat(refused.getMessage()).endsWith(" is already REJECTED.");
                });
        assertThat(proposal.status).isEqualTo(ProposalStatus.REJECTED);
        assertThat(proposal.sessionId).isNull();
        assertThat(proposal.decisionNote).isEqualTo("Out of scope");
    }

    private static Proposal submitted() {
        Proposal proposal = new Proposal();
        proposal.id = UUID.randomUUID();
        proposal.edition = 2026;
        proposal.status = ProposalStatus.SUBMITTED;
        proposal.createdAt = DECIDED.minusSeconds(86_400);
        return proposal;
    }
}
