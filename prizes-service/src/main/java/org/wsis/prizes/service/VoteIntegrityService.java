package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.prizes.repository.ContestRepository;
import org.wsis.prizes.repository.VoteIntegrityRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Vote integrity signals for the organisers: recent voting per project, judged by VoteIntegrityRule. */
@ApplicationScoped
public class VoteIntegrityService {

    /** The signals of every NOMINATED project of the edition over {@code (windowStart, windowEnd]}. */
    public record Report(int edition, Instant windowStart, Instant windowEnd, VoteIntegrityConfig rule,
                         List<VoteIntegrityRule.Signals> nominations) {
    }

    private final ContestRepository contests;
    private final VoteIntegrityRepository signals;
    private final VoteIntegrityConfig config;
    private final Clock clock;

    public VoteIntegrityService(ContestRepository contests, VoteIntegrityRepository signals,
                                VoteIntegrityConfig config, Clock clock) {
        this.contests = contests;
        this.signals = signals;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Report report(int edition) {
        contests.findByIdOptional(edition).orElseThrow(() -> PhaseGuard.noContest(edition));
        Instant end = clock.instant();
        Instant start = end.minus(config.window());
        List<VoteIntegrityRule.Signals> judged = new VoteIntegrityRule(config)
                .judge(signals.signals(edition, start, end, config.newAccountAge()));
        return new Report(edition, start, end, config, judged);
    }
}
