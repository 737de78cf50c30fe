package org.wsis.web.agenda;

import org.junit.jupiter.api.Test;
import org.wsis.web.clients.sessions.Room;
import org.wsis.web.clients.sessions.Session;
import org.wsis.web.pages.agenda.SessionCalendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar file's text rules, without a server: escaping and folding by octets (RFC 5545 3.1, 3.3.11). */
class SessionCalendarTest {

    @Test
    void escapesTextValues() {
        assertThat(SessionCalendar.text("a\\b;c,d\r\ne\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    }

    @Test
    void foldsAt75OctetsWithoutSplittingACharacter() {
        String content = "SUMMARY:" + "é".repeat(60) + "🎉".repeat(20) + "x".repeat(100);
        StringBuilder ics = new StringBuilder();
        SessionCalendar.line(ics, content);

        String folded = ics.toString();
        assertThat(folded).endsWith("\r\n");
        for (String line : folded.substring(0, folded.length() - 2).split("\r\n", -1)) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(content + "\r\n");
    }

    @Test
    void aShortLineIsLeftAlone() {
        StringBuilder ics = new StringBuilder();
        SessionCalendar.line(ics, "X".repeat(75));
        assertThat(ics.toString()).isEqualTo("X".repeat(75) + "\r\n");
    }

    @Test
    void oneEventWithoutALocationForAnOnlineSession() {
        Session online = new Session("s-1", 2026, null, "Online talk", null, "OPEN_SPACE_TALK", List.of(), List.of(),
                "VIRTUAL", 30, 10, "SCHEDULED", (Room) null, Instant.parse("2026-07-07T08:00:00Z"),
                Instant.parse("2026-07-07T08:30:00Z"), List.of(), false, null, List.of());

        String ics = SessionCalendar.of(online, Instant.parse("2026-06-01T12:00:00.123Z"));

        assertThat(ics).contains("\r\nUID:s-1@wsis\r\n", "\r\nDTSTAMP:20260601T120000Z\r\n",
                "\r\nDTSTART:20260707T080000Z\r\n", "\r\nDTEND:20260707T083000Z\r\n", "\r\nSUMMARY:Online talk\r\n")
                .doesNotContain("LOCATION", "DESCRIPTION");
    }
}
