package org.wsis.sessions.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.wsis.sessions.PrizeWinner;

import java.util.List;
import java.util.UUID;

/**
 * {@code prizes.winners-announced} as prizes-service publishes it, the fields the ceremony shows;
 * the rest (project URL, votes) is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WinnersAnnounced(int edition, List<Winner> winners) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Winner(int categoryNumber, String category, String categoryTitle, UUID nominationId, String title,
                         String organisation, String country) {

        PrizeWinner toPrizeWinner() {
            return new PrizeWinner(categoryNumber, category, categoryTitle,
                    nominationId == null ? null : nominationId.toString(), title, organisation, country);
        }
    }

    public List<PrizeWinner> prizeWinners() {
        return winners == null ? List.of() : winners.stream().map(Winner::toPrizeWinner).toList();
    }
}
