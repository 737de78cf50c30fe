package org.wsis.web.clients.prizes;

import java.time.Instant;
import java.util.List;

/** prizes-service's Contest. */
public record Contest(Integer edition,
        String phase,
        String nextPhase,
        Integer championsPerCategory,
        Instant openedAt,
        Instant updatedAt,
        List<PhaseChange> history) {
}
