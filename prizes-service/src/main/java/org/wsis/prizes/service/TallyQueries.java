package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.repository.ContestRepository;
import org.wsis.prizes.repository.TallyRepository;

import java.util.List;
import java.util.Map;

/** The live tallies, read from the per-nomination counters (never from the votes). */
@ApplicationScoped
public class TallyQueries {

    private final ContestRepository contests;
    private final TallyRepository tallies;

    public TallyQueries(ContestRepository contests, TallyRepository tallies) {
        this.contests = contests;
        this.tallies = tallies;
    }

    /** Per category with nominated projects, ranked: most votes first, then the earliest submitted. */
    @Transactional
    public Map<ActionLine, List<TallyRepository.Row>> tallies(int edition) {
        contests.findByIdOptional(edition).orElseThrow(() -> PhaseGuard.noContest(edition));
        return AwardService.byCategory(tallies.ranked(edition));
    }

    /** Changes whenever {@link #tallies} do, at a fraction of their cost: what a stream polls. */
    @Transactional
    public TallyRepository.Mark mark(int edition) {
        return tallies.mark(edition);
    }
}
