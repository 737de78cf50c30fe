package org.wsis.prizes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.prizes.CategoryWinner;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Winner")
public record WinnerResponse(int edition, @Schema(example = "C7_E_HEALTH") String category,
                             @Schema(example = "10") int categoryNumber, UUID nominationId, Instant chosenAt) {

    public static WinnerResponse of(CategoryWinner w) {
        return new WinnerResponse(w.edition, w.category.name(), w.category.number(), w.nominationId, w.chosenAt);
    }
}
