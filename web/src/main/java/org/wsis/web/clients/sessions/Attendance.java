package org.wsis.web.clients.sessions;

import java.time.Instant;

/** sessions-service's Attendance. */
public record Attendance(String sessionId,
        String participantId,
        String mode,
        Instant reservedAt) {
}
