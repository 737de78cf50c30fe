package org.wsis.web.clients.prizes;

import java.time.Instant;

/** prizes-service's VoteReceipt: Your vote; keep the receipt to check later that it was counted. */
public record VoteReceipt(String voteId,
        String category,
        Integer categoryNumber,
        String nominationId,
        Instant castAt,
        String receipt) {
}
