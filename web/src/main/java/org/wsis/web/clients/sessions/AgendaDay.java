package org.wsis.web.clients.sessions;

import java.time.LocalDate;
import java.util.List;

/** sessions-service's AgendaDay. */
public record AgendaDay(LocalDate date,
        List<AgendaSession> sessions) {
}
