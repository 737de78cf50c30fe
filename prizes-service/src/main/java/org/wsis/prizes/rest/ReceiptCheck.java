package org.wsis.prizes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.prizes.Vote;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ReceiptCheck", description = "A counted vote, without its voter")
public record ReceiptCheck(
        @Schema(example = "true") boolean counted,
        int edition,
        @Schema(example = "C7_E_HEALTH") String category,
        @Schema(example = "10") int categoryNumber,
        UUID nominationId,
        Instant castAt) {

    public static ReceiptCheck of(Vote v) {
        return new ReceiptCheck(true, v.edition, v.category.name(), v.category.number(), v.nominationId, v.castAt);
    }
}
