package org.wsis.web.clients.prizes;

import java.time.Instant;

/** prizes-service's PhaseChange. */
public record PhaseChange(String phase,
        Instant changedAt,
        String changedBy) {
}
