package org.wsis.sessions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.sessions.PrizeWinner;

import java.util.List;

/** One winning project, as a prize ceremony shows it. */
@Schema(name = "PrizeWinner")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrizeWinnerResponse(@Schema(example = "10") Integer categoryNumber,
                                  @Schema(example = "C7_E_HEALTH") String category,
                                  @Schema(example = "ICT applications: E-health") String categoryTitle,
                                  String nominationId,
                                  @Schema(example = "Telemedicine for rural clinics") String title,
                                  @Schema(example = "Kenya Digital Health Agency") String organisation,
                                  @Schema(example = "KE") String country) {

    public static PrizeWinnerResponse of(PrizeWinner w) {
        return new PrizeWinnerResponse(w.categoryNumber(), w.category(), w.categoryTitle(), w.nominationId(),
                w.title(), w.organisation(), w.country());
    }

    /** Null stays null: only a PRIZE_CEREMONY session has winners. */
    static List<PrizeWinnerResponse> of(List<PrizeWinner> winners) {
        return winners == null ? null : winners.stream().map(PrizeWinnerResponse::of).toList();
    }
}
