package org.wsis.prizes;

/** The phases of a contest, in the only order they may follow. */
public enum ContestPhase {
    SUBMISSION,
    REVIEW,
    VOTING,
    EVALUATION,
    CLOSED;

    /** The phase after this one, or null after CLOSED. */
    public ContestPhase next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }

    public boolean isAtLeast(ContestPhase other) {
        return compareTo(other) >= 0;
    }
}
