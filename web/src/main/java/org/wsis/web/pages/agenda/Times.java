package org.wsis.web.pages.agenda;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times of the agenda in its time zone, worded for the page's language. */
record Times(ZoneId zone, Locale locale) {

    /** 2026-07-07T10:00+02:00, a valid HTML date-time with its offset. */
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX", Locale.ROOT);

    static Times of(String timeZone, Locale locale) {
        ZoneId zone;
        try {
            zone = timeZone == null || timeZone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            zone = ZoneOffset.UTC;
        }
        return new Times(zone, locale);
    }

    /** 10:00 (fr), 10:00 AM (en). */
    String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** For {@code <time datetime>}: the local date-time with its offset. */
    String iso(Instant instant) {
        return instant == null ? "" : ISO_MINUTES.format(instant.atZone(zone));
    }

    /** Tuesday, July 7, 2026 (en); mardi 7 juillet 2026 (fr). */
    String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    String day(Instant instant) {
        return instant == null ? "" : day(instant.atZone(zone).toLocalDate());
    }

    /** A day tab: Tue 7 Jul (en), mar. 7 juil. (fr). */
    String shortDay(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(date);
    }

    /** When a release was published: a date and time in the agenda's zone. */
    String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(zone));
    }

    String zoneName() {
        return zone.getId();
    }
}
