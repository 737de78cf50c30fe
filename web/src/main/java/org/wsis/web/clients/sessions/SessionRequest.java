package org.wsis.web.clients.sessions;

import java.util.List;

/** sessions-service's SessionRequest. */
public record SessionRequest(String title,
        String summary,
        String format,
        List<String> actionLines,
        List<Integer> sdgs,
        String mode,
        Integer durationMinutes,
        List<String> speakerParticipantIds,
        Integer expectedAudience) {
}
