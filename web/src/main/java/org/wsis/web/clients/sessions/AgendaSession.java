package org.wsis.web.clients.sessions;

import java.time.Instant;
import java.util.List;

/** sessions-service's AgendaSession. */
public record AgendaSession(String sessionId,
        String title,
        String summary,
        String format,
        String mode,
        Instant start,
        Instant end,
        AgendaRoom room,
        List<String> speakers,
        List<String> actionLines,
        List<Integer> sdgs,
        List<PrizeWinner> prizeWinners) {
}
