package org.wsis.web.clients.sessions;

import java.time.LocalDate;

/** sessions-service's VenueRequest: The forum days and daily opening hours, in the venue's time zone. */
public record VenueRequest(LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        String dailyStart,
        String dailyEnd) {
}
