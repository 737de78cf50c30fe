package org.wsis.prizes.service;

import org.wsis.prizes.repository.TallyRepository;

import java.util.ArrayList;
import java.util.List;

/** The top of a ranked category: the first {@code n}, plus everyone tied with the n-th. */
final class ChampionSelection {

    /** A selected nomination with its competition rank (1, 2, 2, 4). */
    record Ranked(TallyRepository.Row row, int rank) {
    }

    private ChampionSelection() {
    }

    /** @param ranked one category's nominations, most votes first */
    static List<Ranked> top(List<TallyRepository.Row> ranked, int n) {
        List<Ranked> champions = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            TallyRepository.Row row = ranked.get(i);
            boolean tiedWithLast = !champions.isEmpty()
                    && champions.get(champions.size() - 1).row().votes() == row.votes();
            if (i >= n && !tiedWithLast) {
                break;
            }
            int rank = tiedWithLast ? champions.get(champions.size() - 1).rank() : i + 1;
            champions.add(new Ranked(row, rank));
        }
        return champions;
    }
}
