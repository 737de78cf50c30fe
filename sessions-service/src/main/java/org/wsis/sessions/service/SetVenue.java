package org.wsis.sessions.service;

import java.time.LocalDate;
import java.time.LocalTime;

/** The forum days and daily opening hours, in the venue's time zone (an IANA id, checked here). */
public record SetVenue(LocalDate startDate, LocalDate endDate, String timeZone, LocalTime dailyStart,
                       LocalTime dailyEnd) {
}
