package org.wsis.sessions.service;

import org.junit.jupiter.api.Test;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionMode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iCalendar feed cannot be broken into by a value: whatever a title, summary or speaker's name
 * holds, every content line is one the writer made (RFC 5545 §3.1: CRLF-separated, folded at 75
 * octets, continuation lines start with a space; TEXT values without control characters).
 */
class AgendaCalendarTest {

    private static final String INJECTED = "Smith\rBEGIN:VEVENT\rSUMMARY:FREE VISA\rURL:https://evil.example/phish"
            + "\nEND:VEVENT\u0085X-A:1\u2028X-B:2\u2029X-C:3\r\nX-D:4\u0000\u0007\u001b[31m\u007f\u009b";

    @Test
    void noValueCanStartALineOfItsOwn() {
        UUID speaker = UUID.randomUUID();
        AgendaEntry entry = new AgendaEntry(UUID.randomUUID(), "Title " + INJECTED, "Summary " + INJECTED,
                SessionFormat.values()[0], SessionMode.values()[0], List.of("C1"), List.of(1), UUID.randomUUID(),
                "Room " + INJECTED, Instant.parse("2026-07-07T08:00:00Z"), Instant.parse("2026-07-07T09:00:00Z"),
                List.of(speaker), List.of(), 0);
        AgendaService.PublishedAgenda agenda = new AgendaService.PublishedAgenda(2026, 1,
                Instant.parse("2026-06-01T00:00:00Z"), "Europe/Zurich", List.of(entry), Map.of(speaker, "Ann " + INJECTED));

        String calendar = new AgendaCalendar().write(agenda, new AgendaFilter(null, null, null, null));

        assertThat(calendar).endsWith("\r\n");
        String[] lines = calendar.substring(0, calendar.length() - 2).split("\r\n", -1);
        for (String line : lines) {
            assertThat(line).as("a content line").doesNotContain("\r", "\n", "\u0085", "\u2028", "\u2029")
                    .matches("[A-Z-]+[:;].*|BEGIN:.*|END:.*| .*")
                    .satisfies(l -> assertThat(l.chars().filter(Character::isISOControl)).isEmpty());
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = calendar.replace("\r\n ", "");
        assertThat(unfolded.lines().filter(l -> l.startsWith("BEGIN:VEVENT"))).hasSize(1);
        assertThat(unfolded.lines().filter(l -> l.startsWith("SUMMARY:"))).hasSize(1);
        assertThat(unfolded.lines().filter(l -> l.startsWith("URL") || l.startsWith("X-A") || l.startsWith("X-D")))
                .isEmpty();
        assertThat(unfolded).contains("SUMMARY:Title Smith\\nBEGIN:VEVENT\\nSUMMARY:FREE VISA\\nURL:https://evil.example/phish"
                + "\\nEND:VEVENT\\nX-A:1\\nX-B:2\\nX-C:3\\nX-D:4[31m");
    }

    @Test
    void textEscapesTheSpecialCharactersAndKeepsUnicode() {
        assertThat(AgendaCalendar.text("a\\b;c,d\te")).isEqualTo("a\\\\b\\;c\\,d e");
        assertThat(AgendaCalendar.text("Zoë – 会议 😀 e\u0301")).isEqualTo("Zoë – 会议 😀 e\u0301");
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String line = "SUMMARY:" + "😀".repeat(40);
        String folded = AgendaCalendar.fold(line);
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(part.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp))).isTrue();
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }
}
