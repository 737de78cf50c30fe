package org.wsis.web.pages.agenda;

import org.wsis.web.clients.sessions.Session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One session as an iCalendar file (RFC 5545): a single VEVENT whose UID stays the session's, times in UTC,
 * texts escaped (backslash, comma, semicolon, line breaks), lines folded at 75 octets, CRLF line endings.
 */
public final class SessionCalendar {

    static final String MEDIA_TYPE = "text/calendar";
    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private SessionCalendar() {
    }

    public static String of(Session session, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//WSIS Forum//Web pages//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + session.id() + "@wsis");
        line(ics, "DTSTAMP:" + utc(now));
        line(ics, "DTSTART:" + utc(session.start()));
        line(ics, "DTEND:" + utc(session.end() != null ? session.end() : session.start()));
        line(ics, "SUMMARY:" + text(session.title()));
        if (session.room() != null && session.room().name() != null) {
            line(ics, "LOCATION:" + text(session.room().name()));
        }
        if (session.summary() != null && !session.summary().isBlank()) {
            line(ics, "DESCRIPTION:" + text(session.summary()));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /**
     * One content line, folded (section 3.1): no line longer than 75 octets of UTF-8, a continuation line
     * starts with a space, and a character is never split across two lines.
     */
    public static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                ics.append(CRLF).append(' ');
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(CRLF);
    }
}
