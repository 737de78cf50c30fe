package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Refusal;
import org.wsis.prizes.Contest;
import org.wsis.prizes.ContestPhase;
import org.wsis.prizes.repository.ContestRepository;

import java.util.Optional;

/** Every contest operation belongs to one phase: outside it the answer is 409. */
@ApplicationScoped
public class PhaseGuard {

    private final ContestRepository contests;

    public PhaseGuard(ContestRepository contests) {
        this.contests = contests;
    }

    /**
     * The contest, under the shared phase lock until the caller's transaction ends: the phase cannot change
     * underneath, e.g. no vote commits after VOTING has ended and the champions are computed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contest require(int edition, ContestPhase phase, String what) {
        Contest contest = contests.findForShare(edition).orElseThrow(() -> notOpen(edition));
        refusal(contest, phase, what).ifPresent(refused -> {
            throw refused;
        });
        return contest;
    }

    /**
     * As {@link #require}, but answers the refusal instead of throwing it, so that a transaction that
     * serves several requests (a batch of votes) is not marked for rollback by one edition's refusal.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Refusal> refusal(int edition, ContestPhase phase, String what) {
        return contests.findForShare(edition).map(contest -> refusal(contest, phase, what))
                .orElseGet(() -> Optional.of(notOpen(edition)));
    }

    private static Optional<Refusal> refusal(Contest contest, ContestPhase phase, String what) {
        return contest.phase == phase ? Optional.empty()
                : Optional.of(contest.wrongPhase(what + " only during " + phase));
    }

    /** The contest, read without a lock, when it has reached at least {@code phase}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contest requireAtLeast(int edition, ContestPhase phase, String what) {
        Contest contest = contests.findByIdOptional(edition).orElseThrow(() -> notOpen(edition));
        if (!contest.phase.isAtLeast(phase)) {
            throw contest.wrongPhase(what + " from " + phase + " on");
        }
        return contest;
    }

    /** 404 for reads of an edition that has no contest (phase-bound operations answer {@link #notOpen}). */
    static Refusal noContest(int edition) {
        return Refusal.notFound("There is no contest for edition " + edition + ".");
    }

    static Refusal notOpen(int edition) {
        return Refusal.conflict("contest-not-open", "There is no contest for edition " + edition + " yet.");
    }
}
