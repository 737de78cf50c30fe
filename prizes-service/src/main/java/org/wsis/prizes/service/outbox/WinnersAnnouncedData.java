package org.wsis.prizes.service.outbox;

import java.util.List;
import java.util.UUID;

/** {@code prizes.winners-announced}: the winning project of each category that had champions. */
public record WinnersAnnouncedData(int edition, List<Winner> winners) {

    public record Winner(int categoryNumber, String category, String categoryTitle, UUID nominationId, String title,
                         String organisation, String country, String projectUrl, long votes) {
    }
}
