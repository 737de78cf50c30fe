package org.wsis.prizes.service.outbox;

import java.util.List;
import java.util.UUID;

/** {@code prizes.champions-announced}: per category with nominations, its champions ranked. */
public record ChampionsAnnouncedData(int edition, int championsPerCategory, List<Category> categories) {

    public record Category(int categoryNumber, String category, String categoryTitle, List<Champion> champions) {
    }

    public record Champion(UUID nominationId, String title, String organisation, String country, long votes,
                           int rank) {
    }
}
