package org.wsis.web.clients.prizes;

import java.time.Instant;

/** prizes-service's ReceiptCheck: A counted vote, without its voter. */
public record ReceiptCheck(Boolean counted,
        Integer edition,
        String category,
        Integer categoryNumber,
        String nominationId,
        Instant castAt) {
}
