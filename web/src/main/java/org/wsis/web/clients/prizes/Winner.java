package org.wsis.web.clients.prizes;

import java.time.Instant;

/** prizes-service's Winner. */
public record Winner(Integer edition,
        String category,
        Integer categoryNumber,
        String nominationId,
        Instant chosenAt) {
}
