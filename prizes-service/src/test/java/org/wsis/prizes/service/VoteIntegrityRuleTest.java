package org.wsis.prizes.service;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.repository.VoteIntegrityRepository.Row;
import org.wsis.prizes.service.VoteIntegrityRule.Reason;
import org.wsis.prizes.service.VoteIntegrityRule.Signals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vote integrity rule on plain rows: with at least minVotes in the window, BURST when the busiest minute
 * reaches max(burstVotesPerMinute, burstFactor x the category's median votes per minute), NEW_ACCOUNTS when
 * the share of votes from new accounts reaches newAccountShare.
 */
class VoteIntegrityRuleTest {

    /** The defaults of wsis.vote-integrity.*: 10 minutes, 20 votes, 10 a minute, 5 x the median, half. */
    record Config(Duration window, Duration newAccountAge, int minVotes, int burstVotesPerMinute, double burstFactor,
                  double newAccountShare) implements VoteIntegrityConfig {
    }

    private static final Config DEFAULTS = new Config(Duration.ofMinutes(10), Duration.ofHours(1), 20, 10, 5, 0.5);

    private final VoteIntegrityRule rule = new VoteIntegrityRule(DEFAULTS);
    private int ids;

    private Row row(ActionLine category, long windowVotes, long peakMinuteVotes, long newAccountVotes) {
        return new Row(new UUID(0, ++ids), category, "Project " + ids, windowVotes + 100, windowVotes, peakMinuteVotes,
                newAccountVotes);
    }

    private Signals judged(Row row, List<Signals> all) {
        return all.stream().filter(s -> s.votes().equals(row)).findFirst().orElseThrow();
    }

    @Test
    void burstInAQuietCategoryIsFlaggedFromTheAbsoluteFloorOfVotesPerMinute() {
        Row atFloor = row(ActionLine.C1, 20, 10, 0);
        Row belowFloor = row(ActionLine.C2, 20, 9, 0);
        List<Signals> all = rule.judge(List.of(atFloor, row(ActionLine.C1, 0, 0, 0), row(ActionLine.C1, 0, 0, 0),
                belowFloor, row(ActionLine.C2, 0, 0, 0), row(ActionLine.C2, 0, 0, 0)));
        assertThat(judged(atFloor, all).burstThreshold()).isEqualTo(10.0);
        assertThat(judged(atFloor, all).reasons()).containsExactly(Reason.BURST);
        assertThat(judged(belowFloor, all).anomalous()).isFalse();
    }

    @Test
    void burstThresholdRisesToTheFactorTimesTheCategoryMedianPerMinute() {
        Row busy = row(ActionLine.C1, 120, 49, 0);
        List<Signals> all = rule.judge(List.of(busy, row(ActionLine.C1, 100, 10, 0), row(ActionLine.C1, 100, 10, 0)));
        Signals signals = judged(busy, all);
        assertThat(signals.categoryMedianPerMinute()).isEqualTo(10.0); // 100 votes over 10 minutes
        assertThat(signals.burstThreshold()).isEqualTo(50.0);
        assertThat(signals.anomalous()).isFalse();

        Row burst = row(ActionLine.C1, 120, 50, 0);
        assertThat(judged(burst, rule.judge(List.of(burst, row(ActionLine.C1, 100, 10, 0),
                row(ActionLine.C1, 100, 10, 0)))).reasons()).containsExactly(Reason.BURST);
    }

    @Test
    void burstMedianOfAnEvenNumberOfProjectsIsTheMeanOfTheMiddleTwo() {
        Row a = row(ActionLine.C3, 100, 0, 0);
        List<Signals> all = rule.judge(List.of(a, row(ActionLine.C3, 200, 0, 0)));
        assertThat(judged(a, all).categoryMedianPerMinute()).isEqualTo(15.0);
        assertThat(judged(a, all).burstThreshold()).isEqualTo(75.0);
    }

    @Test
    void newAccountsAreFlaggedFromTheConfiguredShareOfTheWindowsVotes() {
        Row half = row(ActionLine.C1, 40, 4, 20);
        Row justUnder = row(ActionLine.C1, 40, 4, 19);
        List<Signals> all = rule.judge(List.of(half, justUnder));
        assertThat(judged(half, all).newAccountShare()).isEqualTo(0.5);
        assertThat(judged(half, all).reasons()).containsExactly(Reason.NEW_ACCOUNTS);
        assertThat(judged(justUnder, all).anomalous()).isFalse();
    }

    @Test
    void fewerThanMinVotesInTheWindowAreNeverFlaggedButStillMeasured() {
        Row few = row(ActionLine.C1, 19, 19, 19);
        Signals signals = judged(few, rule.judge(List.of(few)));
        assertThat(signals.anomalous()).isFalse();
        assertThat(signals.newAccountShare()).isEqualTo(1.0);
        assertThat(signals.votesPerMinute()).isEqualTo(1.9);
    }

    @Test
    void bothReasonsAreGivenBurstFirst() {
        Row both = row(ActionLine.C1, 30, 30, 30);
        assertThat(judged(both, rule.judge(List.of(both))).reasons()).containsExactly(Reason.BURST, Reason.NEW_ACCOUNTS);
    }

    @Test
    void aProjectWithoutVotesInTheWindowHasNoNewAccountShare() {
        Row quiet = row(ActionLine.C1, 0, 0, 0);
        Signals signals = judged(quiet, rule.judge(List.of(quiet)));
        assertThat(signals.newAccountShare()).isZero();
        assertThat(signals.votesPerMinute()).isZero();
    }

    @Test
    void judgementsComeInCategoryOrderKeepingTheGivenOrderWithinACategory() {
        Row c3first = row(ActionLine.C3, 50, 1, 0);
        Row c1first = row(ActionLine.C1, 40, 1, 0);
        Row c3second = row(ActionLine.C3, 30, 1, 0);
        Row c1second = row(ActionLine.C1, 20, 1, 0);
        assertThat(rule.judge(List.of(c3first, c1first, c3second, c1second)).stream().map(Signals::votes))
                .containsExactly(c1first, c1second, c3first, c3second);
    }

    // Properties over random categories of up to 12 projects in three categories.

    record Project(ActionLine category, int windowVotes, int peakMinuteVotes, int newAccountVotes) {
    }

    @Provide
    Arbitrary<List<Row>> projects() {
        Arbitrary<Project> project = Arbitraries.integers().between(0, 60).flatMap(window -> Combinators.combine(
                Arbitraries.of(ActionLine.C1, ActionLine.C2, ActionLine.C3),
                Arbitraries.integers().between(0, window), Arbitraries.integers().between(0, window))
                .as((category, peak, fresh) -> new Project(category, window, peak, fresh)));
        return project.list().ofMaxSize(12).map(list -> {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Project p = list.get(i);
                rows.add(new Row(new UUID(0, i), p.category(), "Project " + i, p.windowVotes(), p.windowVotes(),
                        p.peakMinuteVotes(), p.newAccountVotes()));
            }
            return rows;
        });
    }

    private Map<UUID, List<Reason>> reasons(List<Signals> judged) {
        return judged.stream().collect(Collectors.toMap(s -> s.votes().nominationId(), Signals::reasons));
    }

    /** The median of a category's window votes per minute, counted here from the rows. */
    private static double medianPerMinute(List<Row> rows, ActionLine category) {
        List<Long> votes = rows.stream().filter(r -> r.category() == category).map(Row::windowVotes).sorted().toList();
        int size = votes.size();
        double median = size % 2 == 1 ? votes.get(size / 2) : (votes.get(size / 2 - 1) + votes.get(size / 2)) / 2.0;
        return median / DEFAULTS.window().toMinutes();
    }

    @Property(tries = 300)
    void everyProjectIsJudgedOnceAndFlaggedExactlyWhenItsFiguresReachTheThresholds(
            @ForAll("projects") List<Row> rows) {
        List<Signals> judged = rule.judge(rows);
        assertThat(judged.stream().map(Signals::votes).toList()).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(judged.stream().map(s -> s.votes().category()).toList()).isSorted();
        for (Signals s : judged) {
            Row r = s.votes();
            boolean judgeable = r.windowVotes() >= DEFAULTS.minVotes();
            boolean burst = r.peakMinuteVotes() >= DEFAULTS.burstVotesPerMinute()
                    && r.peakMinuteVotes() >= DEFAULTS.burstFactor() * medianPerMinute(rows, r.category());
            boolean newAccounts = r.windowVotes() > 0
                    && (double) r.newAccountVotes() / r.windowVotes() >= DEFAULTS.newAccountShare();
            assertThat(s.reasons().contains(Reason.BURST)).as("BURST of %s", r).isEqualTo(judgeable && burst);
            assertThat(s.reasons().contains(Reason.NEW_ACCOUNTS)).as("NEW_ACCOUNTS of %s", r)
                    .isEqualTo(judgeable && newAccounts);
        }
    }

    @Property(tries = 300)
    void judgementDoesNotDependOnTheOrderOfTheRows(@ForAll("projects") List<Row> rows, @ForAll Random random) {
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, random);
        assertThat(reasons(rule.judge(shuffled))).isEqualTo(reasons(rule.judge(rows)));
    }

    @Property(tries = 300)
    void judgementOfACategoryDoesNotDependOnOtherCategories(@ForAll("projects") List<Row> rows) {
        List<Row> c1 = rows.stream().filter(r -> r.category() == ActionLine.C1).toList();
        Map<UUID, List<Reason>> withOthers = reasons(rule.judge(rows));
        reasons(rule.judge(c1)).forEach((id, alone) -> assertThat(withOthers.get(id)).as("%s", id).isEqualTo(alone));
    }

    @Property(tries = 300)
    void aBusierPeakMinuteNeverClearsABurst(@ForAll("projects") List<Row> rows,
                                            @ForAll @IntRange(min = 1, max = 30) int more) {
        for (Signals s : rule.judge(rows)) {
            if (!s.reasons().contains(Reason.BURST)) {
                continue;
            }
            Row r = s.votes();
            Row busier = new Row(r.nominationId(), r.category(), r.title(), r.totalVotes(), r.windowVotes(),
                    r.peakMinuteVotes() + more, r.newAccountVotes());
            List<Row> changed = rows.stream().map(x -> x.equals(r) ? busier : x).toList();
            assertThat(reasons(rule.judge(changed)).get(r.nominationId())).contains(Reason.BURST);
        }
    }
}
