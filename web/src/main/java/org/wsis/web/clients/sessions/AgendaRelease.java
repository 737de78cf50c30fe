package org.wsis.web.clients.sessions;

import java.time.Instant;

/** sessions-service's AgendaRelease. */
public record AgendaRelease(Integer version,
        Instant publishedAt,
        Integer sessionCount,
        AgendaChanges changes) {
}
