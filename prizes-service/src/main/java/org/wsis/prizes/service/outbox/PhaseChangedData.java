package org.wsis.prizes.service.outbox;

import org.wsis.prizes.ContestPhase;

import java.time.Instant;

/** {@code contest.phase-changed}: the phase the contest entered (opening enters SUBMISSION). */
public record PhaseChangedData(int edition, ContestPhase phase, int championsPerCategory, Instant changedAt) {
}
