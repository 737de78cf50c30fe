package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The published agenda as RFC 5545 iCalendar. Times are written in UTC ("Z" form), which every
 * client converts to its own zone without needing a VTIMEZONE; the venue's zone is given as
 * X-WR-TIMEZONE for display. UIDs are the session ids, so a calendar that subscribed updates the
 * same event, and SEQUENCE rises whenever a release changes it.
 */
@ApplicationScoped
public class AgendaCalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    static final String UID_DOMAIN = "@sessions.wsis-forum.org";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public String write(AgendaService.PublishedAgenda agenda, AgendaFilter filter) {
        ZoneId zone = ZoneId.of(agenda.timeZone());
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//WSIS//sessions-service//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + text("WSIS Forum " + agenda.edition() + " agenda (version " + agenda.version() + ")"));
        lines.add("X-WR-TIMEZONE:" + agenda.timeZone());
        agenda.entries().stream()
                .filter(e -> filter.matches(e, zone))
                .sorted(Comparator.comparing(AgendaEntry::start).thenComparing(AgendaEntry::sessionId))
                .forEach(e -> event(lines, agenda, e));
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return out.toString();
    }

    private static void event(List<String> lines, AgendaService.PublishedAgenda agenda, AgendaEntry e) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + e.sessionId() + UID_DOMAIN);
        lines.add("DTSTAMP:" + utc(agenda.publishedAt()));
        lines.add("DTSTART:" + utc(e.start()));
        lines.add("DTEND:" + utc(e.end()));
        lines.add("SEQUENCE:" + e.sequence());
        lines.add("SUMMARY:" + text(e.title()));
        List<String> speakers = agenda.speakers(e);
        String description = e.summary() + (speakers.isEmpty() ? "" : "\nSpeakers: " + String.join(", ", speakers))
                + "\nFormat: " + e.format() + "; mode: " + e.mode();
        lines.add("DESCRIPTION:" + text(description));
        lines.add("LOCATION:" + text(e.roomName() != null ? e.roomName() : "Online"));
        if (!e.actionLines().isEmpty()) {
            lines.add("CATEGORIES:" + String.join(",", e.actionLines().stream().map(AgendaCalendar::text).toList()));
        }
        lines.add("STATUS:CONFIRMED");
        lines.add("END:VEVENT");
    }

    private static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /**
     * TEXT value escaping (RFC 5545 §3.3.11). Every line break a client could honour (CR LF, a lone CR
     * or LF, NEL, U+2028/U+2029) becomes the escaped {@code \\n}, and every other control character
     * (which TEXT does not allow, §3.1) is dropped: no value can end its content line and start
     * another property or component.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u0085', '\u2028', '\u2029' -> out.append("\\n");
                case '\t' -> out.append(' ');
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Lines longer than 75 octets continue on the next line after a space (§3.1), never splitting a character. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
