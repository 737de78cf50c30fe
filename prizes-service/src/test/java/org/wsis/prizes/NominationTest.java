package org.wsis.prizes;

import org.junit.jupiter.api.Test;
import org.wsis.common.domain.Refusal;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A nomination's review: once, from SUBMITTED, to NOMINATED or REJECTED. */
class NominationTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2026-01-15T09:00:00Z");
    private static final Instant REVIEWED_AT = Instant.parse("2026-02-15T09:00:00Z");

    @Test
    void nominatingPutsItOnTheBallotWithTheReview() {
        Nomination n = submitted();
        n.nominate("reviewer-1", "  Clear impact on SDG 3 ", REVIEWED_AT);
        assertThat(n.status).isEqualTo(NominationStatus.NOMINATED);
        assertThat(n.reviewReason).isEqualTo("Clear impact on SDG 3");
        assertThat(n.reviewedBy).isEqualTo("reviewer-1");
        assertThat(n.reviewedAt).isEqualTo(REVIEWED_AT);
        assertThat(n.updatedAt).isEqualTo(REVIEWED_AT);
    }

    @Test
    void rejectingKeepsItOffTheBallot() {
        Nomination n = submitted();
        n.reject("reviewer-1", "   ", REVIEWED_AT);
        assertThat(n.status).isEqualTo(NominationStatus.REJECTED);
        assertThat(n.reviewReason).as("a blank reason is no reason").isNull();
        assertThat(n.reviewedAt).isEqualTo(REVIEWED_AT);
    }

    @Test
    void aReviewIsFinal() {
        Nomination n = submitted();
        n.reject("reviewer-1", null, REVIEWED_AT);
        assertThatThrownBy(() -> n.nominate("reviewer-2", "second thoughts", REVIEWED_AT.plusSeconds(60)))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Refusal.Reason.STATE_CONFLICT);
                    assertThat(refused.code()).isEqualTo("already-reviewed");
                    assertThat(refused.details()).containsEntry("status", NominationStatus.REJECTED);
                });
        assertThat(n.status).isEqualTo(NominationStatus.REJECTED);
        assertThat(n.reviewedBy).isEqualTo("reviewer-1");
        assertThat(n.reviewedAt).isEqualTo(REVIEWED_AT);
    }

    @Test
    void aNominatedProjectCannotBeRejectedAfterwards() {
        Nomination n = submitted();
        n.nominate("reviewer-1", null, REVIEWED_AT);
        assertThatThrownBy(() -> n.reject("reviewer-1", null, REVIEWED_AT)).isInstanceOf(Refusal.class)
                .hasMessageContaining("already reviewed: it is NOMINATED");
        assertThat(n.status).isEqualTo(NominationStatus.NOMINATED);
    }

    private static Nomination submitted() {
        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.edition = 2026;
        n.status = NominationStatus.SUBMITTED;
        n.submittedAt = SUBMITTED_AT;
        n.updatedAt = SUBMITTED_AT;
        return n;
    }
}
