package org.wsis.prizes;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.wsis.common.domain.Refusal;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contest's transitions: phases one step forward at a time, settings only in SUBMISSION. */
class ContestTest {

    private static final Instant OPENED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T09:00:00Z");

    @Test
    void opensInSubmission() {
        Contest contest = Contest.open(2026, 5, OPENED);
        assertThat(contest.phase).isEqualTo(ContestPhase.SUBMISSION);
        assertThat(contest.championsPerCategory).isEqualTo(5);
        assertThat(contest.openedAt).isEqualTo(OPENED);
        assertThat(contest.updatedAt).isEqualTo(OPENED);
    }

    @Test
    void walksThroughEveryPhaseInOrder() {
        Contest contest = Contest.open(2026, 5, OPENED);
        for (ContestPhase phase : new ContestPhase[] {ContestPhase.REVIEW, ContestPhase.VOTING,
                ContestPhase.EVALUATION, ContestPhase.CLOSED}) {
            contest.moveTo(phase, LATER);
            assertThat(contest.phase).isEqualTo(phase);
        }
        assertThat(contest.updatedAt).isEqualTo(LATER);
    }

    @Test
    void refusesToSkipAPhase() {
        Contest contest = Contest.open(2026, 5, OPENED);
        assertThatThrownBy(() -> contest.moveTo(ContestPhase.VOTING, LATER))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Refusal.Reason.STATE_CONFLICT);
                    assertThat(refused.code()).isEqualTo("phase-out-of-order");
                    assertThat(refused.getMessage()).contains("the next phase is REVIEW, not VOTING");
                    assertThat(refused.details()).containsEntry("phase", ContestPhase.SUBMISSION);
                });
        assertThat(contest.phase).isEqualTo(ContestPhase.SUBMISSION);
        assertThat(contest.updatedAt).isEqualTo(OPENED);
    }

    @Test
    void closedIsFinal() {
        Contest contest = inPhase(ContestPhase.CLOSED);
        assertThatThrownBy(() -> contest.moveTo(ContestPhase.SUBMISSION, LATER))
                .isInstanceOf(Refusal.class).hasMessageContaining("is in CLOSED and ends there");
    }

    /** Whatever the current and the wanted phase, only the very next one is taken. */
    @Property
    void onlyTheNextPhaseIsAccepted(@ForAll ContestPhase current, @ForAll ContestPhase wanted) {
        Contest contest = inPhase(current);
        if (wanted == current.next()) {
            contest.moveTo(wanted, LATER);
            assertThat(contest.phase).isEqualTo(wanted);
        } else {
            assertThatThrownBy(() -> contest.moveTo(wanted, LATER)).isInstanceOf(Refusal.class);
            assertThat(contest.phase).isEqualTo(current);
        }
    }

    @Test
    void settingsChangeDuringSubmission() {
        Contest contest = Contest.open(2026, 5, OPENED);
        contest.changeSettings(3, LATER);
        assertThat(contest.championsPerCategory).isEqualTo(3);
        assertThat(contest.updatedAt).isEqualTo(LATER);
    }

    @Test
    void settingsAreFrozenOnceTheReviewStarts() {
        Contest contest = inPhase(ContestPhase.REVIEW);
        assertThatThrownBy(() -> contest.changeSettings(3, LATER))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.code()).isEqualTo("wrong-phase");
                    assertThat(refused.details()).containsEntry("phase", ContestPhase.REVIEW);
                });
        assertThat(contest.championsPerCategory).isEqualTo(5);
    }

    private static Contest inPhase(ContestPhase phase) {
        Contest contest = Contest.open(2026, 5, OPENED);
        while (contest.phase != phase) {
            contest.moveTo(contest.phase.next(), OPENED);
        }
        return contest;
    }
}
