package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Refusal;
import org.wsis.prizes.Contest;
import org.wsis.prizes.ContestPhase;
import org.wsis.prizes.PhaseChange;
import org.wsis.prizes.service.outbox.PrizesEvents;
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
            existing.changeSettings(championsPerCategory, now);
            return new Opened(existing, false);
        }
        Contest contest = Contest.open(edition, championsPerCategory, now);
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
        Instant now = clock.instant();
        contest.moveTo(wanted, now); // a refusal below rolls the move back with the transaction
        if (wanted == ContestPhase.EVALUATION) {
            awards.announceChampions(contest);
        } else if (wanted == ContestPhase.CLOSED) {
            awards.announceWinners(contest);
        }
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
