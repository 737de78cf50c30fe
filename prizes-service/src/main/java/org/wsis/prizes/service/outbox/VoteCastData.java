package org.wsis.prizes.service.outbox;

import java.time.Instant;
import java.util.UUID;

/** {@code vote.cast}: that a vote counted, and for what; never who cast it. */
public record VoteCastData(UUID voteId, int edition, UUID nominationId, int categoryNumber, String category,
                           Instant castAt) {
}
