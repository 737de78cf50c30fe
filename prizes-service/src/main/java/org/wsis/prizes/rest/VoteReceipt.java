package org.wsis.prizes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.prizes.Vote;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "VoteReceipt", description = "Your vote; keep the receipt to check later that it was counted")
public record VoteReceipt(
        UUID voteId,
        @Schema(example = "C7_E_HEALTH") String category,
        @Schema(example = "10") int categoryNumber,
        UUID nominationId,
        Instant castAt,
        @Schema(example = "q3N8m2kV0xY7a1bC4dE6fG8hJ0kL2mN4pQ6rS8tU0vW", description = "Unguessable; anyone holding it can check the vote")
        String receipt) {

    public static VoteReceipt of(Vote v) {
        return new VoteReceipt(v.id, v.category.name(), v.category.number(), v.nominationId, v.castAt, v.receipt);
    }
}
