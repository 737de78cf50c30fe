package org.wsis.web.clients.sessions;

import java.time.Instant;
import java.util.List;

/** sessions-service's Proposal. */
public record Proposal(String id,
        Integer edition,
        String title,
        String summary,
        String format,
        List<String> actionLines,
        List<Integer> sdgs,
        String mode,
        Integer durationMinutes,
        List<String> speakerParticipantIds,
        Integer expectedAudience,
        String status,
        String decisionNote,
        String sessionId,
        Instant createdAt,
        Instant decidedAt) {
}
