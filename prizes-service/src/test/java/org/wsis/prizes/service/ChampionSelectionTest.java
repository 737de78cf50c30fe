package org.wsis.prizes.service;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.repository.TallyRepository.Row;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The champions rule: the first n of a category, plus everyone tied with the n-th, with competition ranks. */
class ChampionSelectionTest {

    /** One category's rows, most votes first, as the tally query ranks them. */
    private static List<Row> ranked(long... votes) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < votes.length; i++) {
            rows.add(new Row(ActionLine.C1, new UUID(0, i), "Project " + i, "Org " + i, "KE", votes[i]));
        }
        return rows;
    }

    private static List<Long> votes(List<ChampionSelection.Ranked> champions) {
        return champions.stream().map(c -> c.row().votes()).toList();
    }

    private static List<Integer> ranks(List<ChampionSelection.Ranked> champions) {
        return champions.stream().map(ChampionSelection.Ranked::rank).toList();
    }

    @Test
    void championsAreTheFirstNWhenNoTieAtTheBoundary() {
        List<ChampionSelection.Ranked> champions = ChampionSelection.top(ranked(9, 7, 5, 3), 2);
        assertThat(votes(champions)).containsExactly(9L, 7L);
        assertThat(ranks(champions)).containsExactly(1, 2);
    }

    @Test
    void championsTiedWithTheNthAreAllKeptWithTheSameRank() {
        List<ChampionSelection.Ranked> champions = ChampionSelection.top(ranked(3, 2, 2, 1), 2);
        assertThat(votes(champions)).containsExactly(3L, 2L, 2L);
        assertThat(ranks(champions)).containsExactly(1, 2, 2);
    }

    @Test
    void championRanksSkipAfterATieAboveTheBoundary() {
        List<ChampionSelection.Ranked> champions = ChampionSelection.top(ranked(5, 5, 3, 1), 3);
        assertThat(ranks(champions)).containsExactly(1, 1, 3);
    }

    @Test
    void championsTiedAtTheTopAreAllKeptEvenBeyondN() {
        List<ChampionSelection.Ranked> champions = ChampionSelection.top(ranked(4, 4, 4, 1), 1);
        assertThat(votes(champions)).containsExactly(4L, 4L, 4L);
        assertThat(ranks(champions)).containsExactly(1, 1, 1);
    }

    @Test
    void championsOfACategoryWithFewerNominationsThanNAreAllOfThem() {
        assertThat(votes(ChampionSelection.top(ranked(2, 1), 5))).containsExactly(2L, 1L);
        assertThat(ChampionSelection.top(List.of(), 3)).isEmpty();
    }

    @Test
    void championsOfACategoryWithoutVotesAreAllItsNominationsTiedFirst() {
        assertThat(ranks(ChampionSelection.top(ranked(0, 0, 0), 1))).containsExactly(1, 1, 1);
    }

    @Property(tries = 500)
    void championsAreAPrefixOfTheRankingNeverBeyondNUnlessTiedWithTheNth(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 6) Integer> votes,
            @ForAll @IntRange(min = 1, max = 6) int n) {
        List<Row> rows = ranked(votes.stream().sorted(Comparator.reverseOrder()).mapToLong(Integer::longValue).toArray());
        List<ChampionSelection.Ranked> champions = ChampionSelection.top(rows, n);

        assertThat(champions.stream().map(ChampionSelection.Ranked::row).toList())
                .isEqualTo(rows.subList(0, champions.size()));
        assertThat(champions.size()).isGreaterThanOrEqualTo(Math.min(n, rows.size()));
        if (champions.size() > n) {
            long nth = rows.get(n - 1).votes();
            assertThat(votes(champions).subList(n - 1, champions.size())).allMatch(v -> v == nth);
        }
        if (!champions.isEmpty() && champions.size() < rows.size()) {
            assertThat(rows.get(champions.size()).votes()).isLessThan(champions.get(champions.size() - 1).row().votes());
        }
    }

    @Property(tries = 500)
    void championRankIsOnePlusTheNumberOfNominationsWithMoreVotes(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 6) Integer> votes,
            @ForAll @IntRange(min = 1, max = 6) int n) {
        List<Row> rows = ranked(votes.stream().sorted(Comparator.reverseOrder()).mapToLong(Integer::longValue).toArray());
        for (ChampionSelection.Ranked champion : ChampionSelection.top(rows, n)) {
            long better = rows.stream().filter(r -> r.votes() > champion.row().votes()).count();
            assertThat(champion.rank()).as("rank of %s", champion.row().votes()).isEqualTo(better + 1);
        }
    }

    @Property(tries = 500)
    void championsWithTiesAreTheSameWhateverTheOrderAmongTheTied(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 6) Integer> votes,
            @ForAll @IntRange(min = 1, max = 6) int n, @ForAll Random random) {
        List<Row> rows = ranked(votes.stream().sorted(Comparator.reverseOrder()).mapToLong(Integer::longValue).toArray());
        Map<Long, List<Row>> tiedGroups = rows.stream()
                .collect(Collectors.groupingBy(Row::votes, LinkedHashMap::new, Collectors.toList()));
        List<Row> reordered = new ArrayList<>();
        for (List<Row> tied : tiedGroups.values()) {
            List<Row> shuffled = new ArrayList<>(tied);
            Collections.shuffle(shuffled, random);
            reordered.addAll(shuffled);
        }
        assertThat(byNomination(ChampionSelection.top(reordered, n))).isEqualTo(byNomination(ChampionSelection.top(rows, n)));
    }

    private static Map<UUID, Integer> byNomination(List<ChampionSelection.Ranked> champions) {
        return champions.stream().collect(Collectors.toMap(c -> c.row().nominationId(), ChampionSelection.Ranked::rank));
    }
}
