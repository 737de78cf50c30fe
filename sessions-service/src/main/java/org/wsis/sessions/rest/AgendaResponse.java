package org.wsis.sessions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The published agenda: the latest release, day by day in the venue's time zone. */
@Schema(name = "Agenda")
public record AgendaResponse(
        @Schema(example = "2026") int edition,
        @Schema(example = "3") int version,
        Instant publishedAt,
        @Schema(example = "Europe/Zurich") String timeZone,
        List<Day> days) {

    @Schema(name = "AgendaDay")
    public record Day(@Schema(example = "2026-07-07") LocalDate date, List<Item> sessions) {
    }

    @Schema(name = "AgendaSession")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(UUID sessionId, String title, String summary, SessionFormat format, SessionMode mode,
                       @Schema(example = "2026-07-07T08:00:00Z") Instant start,
                       @Schema(example = "2026-07-07T09:00:00Z") Instant end,
                       @Schema(description = "Absent for a VIRTUAL session") Place room,
                       @Schema(example = "[\"Amina Diallo\"]") List<String> speakers,
                       List<String> actionLines, List<Integer> sdgs,
                       List<PrizeWinnerResponse> prizeWinners) {
    }

    @Schema(name = "AgendaRoom")
    public record Place(UUID id, @Schema(example = "Room A (CICG level 1)") String name) {
    }
}
