package org.wsis.prizes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wsis.common.domain.Refusal;

import java.time.Instant;

/** The contest of one edition: the aggregate whose phase gates every other operation. */
@Entity
@Table(name = "contest")
public class Contest {

    @Id
    public int edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContestPhase phase;

    @Column(name = "champions_per_category", nullable = false)
    public int championsPerCategory;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A new contest, in SUBMISSION. */
    public static Contest open(int edition, int championsPerCategory, Instant now) {
        Contest contest = new Contest();
        contest.edition = edition;
        contest.phase = ContestPhase.SUBMISSION;
        contest.championsPerCategory = championsPerCategory;
        contest.openedAt = now;
        contest.updatedAt = now;
        return contest;
    }

    /** The settings are the submitters' terms: they may change only before the review starts. */
    public void changeSettings(int championsPerCategory, Instant now) {
        if (phase != ContestPhase.SUBMISSION) {
            throw wrongPhase("The contest settings can change only during SUBMISSION");
        }
        this.championsPerCategory = championsPerCategory;
        updatedAt = now;
    }

    /** Phases follow one another in order, one step at a time; CLOSED is final. */
    public void moveTo(ContestPhase wanted, Instant now) {
        ContestPhase next = phase.next();
        if (wanted != next) {
            throw Refusal.conflict("phase-out-of-order", "The contest of edition " + edition + " is in "
                            + phase + (next == null ? " and ends there" : "; the next phase is " + next)
                            + ", not " + wanted + ".")
                    .with("phase", phase);
        }
        phase = next;
        updatedAt = now;
    }

    /** The refusal of an operation that belongs to another phase than the current one. */
    public Refusal wrongPhase(String rule) {
        return Refusal.conflict("wrong-phase", rule + "; the contest of edition " + edition
                + " is in " + phase + ".").with("phase", phase);
    }
}
