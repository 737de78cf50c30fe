package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Refusal;
import org.wsis.prizes.Contest;
import org.wsis.prizes.ContestPhase;
import org.wsis.prizes.PhaseChange;
import org.wsis.prizes.events.PrizesEvents;
import org.wsis.prizes.repository.ContestRepository;
import org.wsis.prizes.repository.PhaseChangeRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Opens a contest and moves it through its phases, one step forward at a time. */
@ApplicationScoped
public class ContestService {

    /** The contest and whether this call created it. */
    public record Opened(Contest contest, boolean created) {
    }

    private final ContestRepository contests;
    private final PhaseChangeRepository history;
    private final AwardService awards;
    private final PrizesEvents events;
    private final Clock clock;

    public ContestService(ContestRepository contests, PhaseChangeRepository history, AwardService awards,
                          PrizesEvents events, Clock clock) {
        this.contests = contests;
        this.history = history;
        this.awards = awards;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the contest in SUBMISSION; while it is still there, a second call changes its settings. */
    @Transactional
    public Opened open(int edition, int championsPerCategory, String organiser) {
        Instant now = clock.instant();
        Contest existing = contests.findForUpdate(edition).orElse(null);
        if (existing != null) {
            if (existing.phase != ContestPhase.SUBMISSION) {
                throw PhaseGuard.wrongPhase(existing, "The contest settings can change only during SUBMISSION");
            }
            existing.championsPerCategory = championsPerCategory;
            existing.updatedAt = now;
            return new Opened(existing, false);
        }
        Contest contest = new Contest();
        contest.edition = edition;
        contest.phase = ContestPhase.SUBMISSION;
        contest.championsPerCategory = championsPerCategory;
        contest.openedAt = now;
        contest.updatedAt = now;
        contests.persist(contest);
        try {
            contests.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // another organiser opened it at the same instant
            throw Refusal.conflict("contest-exists", "The contest of edition " + edition
                    + " was opened concurrently; read it and retry.");
        }
        record(contest, organiser, now);
        return new Opened(contest, true);
    }

    /**
     * Moves to the next phase. Leaving VOTING computes and announces the champions; entering CLOSED
     * needs a winner in every category with champions, and announces the winners.
     */
    @Transactional
    public Contest advance(int edition, ContestPhase wanted, String organiser) {
        Contest contest = contests.findForUpdate(edition).orElseThrow(() -> PhaseGuard.notOpen(edition));
        ContestPhase next = contest.phase.next();
        if (wanted != next) {
            throw Refusal.conflict("phase-out-of-order", "The contest of edition " + edition + " is in "
                            + contest.phase + (next == null ? " and ends there" : "; the next phase is " + next)
                            + ", not " + wanted + ".")
                    .with("phase", contest.phase);
        }
        if (next == ContestPhase.EVALUATION) {
            awards.announceChampions(contest);
        } else if (next == ContestPhase.CLOSED) {
            awards.announceWinners(contest);
        }
        Instant now = clock.instant();
        contest.phase = next;
        contest.updatedAt = now;
        record(contest, organiser, now);
        return contest;
    }

    @Transactional
    public Contest get(int edition) {
        return contests.findByIdOptional(edition).orElseThrow(() -> PhaseGuard.noContest(edition));
    }

    @Transactional
    public List<PhaseChange> history(int edition) {
        return history.history(edition);
    }

    private void record(Contest contest, String organiser, Instant now) {
        history.persist(PhaseChange.of(contest.edition, contest.phase, organiser, now));
        events.phaseChanged(contest);
    }
}
