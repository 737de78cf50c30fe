package org.wsis.web.clients.prizes;

import java.time.Instant;
import java.util.List;

/** prizes-service's VoteIntegrity: Recent voting per nominated project, judged by the documented rule. */
public record VoteIntegrity(Integer edition,
        Instant windowStart,
        Instant windowEnd,
        VoteIntegrityRule rule,
        List<NominationSignals> nominations) {
}
