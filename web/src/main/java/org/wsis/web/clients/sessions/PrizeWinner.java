package org.wsis.web.clients.sessions;

/** sessions-service's PrizeWinner. */
public record PrizeWinner(Integer categoryNumber,
        String category,
        String categoryTitle,
        String nominationId,
        String title,
        String organisation,
        String country) {
}
