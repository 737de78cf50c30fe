package org.wsis.web.clients.sessions;

import java.time.LocalDate;

/** sessions-service's Venue. */
public record Venue(Integer edition,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        String dailyStart,
        String dailyEnd) {
}
