package org.wsis.web.clients.sessions;

import java.time.Instant;
import java.util.List;

/** sessions-service's Session. */
public record Session(String id,
        Integer edition,
        String proposalId,
        String title,
        String summary,
        String format,
        List<String> actionLines,
        List<Integer> sdgs,
        String mode,
        Integer durationMinutes,
        Integer expectedAudience,
        String status,
        Room room,
        Instant start,
        Instant end,
        List<Speaker> speakers,
        Boolean speakerWithdrawn,
        Seats seats,
        List<PrizeWinner> prizeWinners) {
}
