package org.wsis.web.pages.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Days and times as the organiser reads them: in the venue's time zone, formatted for the page's language. */
final class Times {

    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;

    Times(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
    }

    /** The zone of a venue or an agenda; UTC when the service named none (or one this JVM does not know). */
    static ZoneId zoneOf(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    LocalTime timeOf(Instant instant) {
        return instant.atZone(zone).toLocalTime();
    }

    String time(Instant instant) {
        return instant == null ? "" : time.format(instant.atZone(zone));
    }

    String time(LocalTime local) {
        return time.format(local);
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    /** "Tuesday 7 July, 10:00 – 11:00" (the end's day too when it is another one). */
    String span(Instant start, Instant end) {
        if (start == null) {
            return "";
        }
        String from = day(dayOf(start)) + ", " + time(start);
        if (end == null) {
            return from;
        }
        return from + " – " + (dayOf(end).equals(dayOf(start)) ? "" : day(dayOf(end)) + ", ") + time(end);
    }
}
