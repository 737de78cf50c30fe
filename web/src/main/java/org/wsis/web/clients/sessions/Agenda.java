package org.wsis.web.clients.sessions;

import java.time.Instant;
import java.util.List;

/** sessions-service's Agenda. */
public record Agenda(Integer edition,
        Integer version,
        Instant publishedAt,
        String timeZone,
        List<AgendaDay> days) {
}
