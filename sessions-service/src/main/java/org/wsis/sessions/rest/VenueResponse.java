package org.wsis.sessions.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.sessions.Venue;

import java.time.LocalDate;
import java.time.LocalTime;

@Schema(name = "Venue")
public record VenueResponse(
        @Schema(example = "2026") int edition,
        @Schema(example = "2026-07-06") LocalDate startDate,
        @Schema(example = "2026-07-10") LocalDate endDate,
        @Schema(example = "Europe/Zurich") String timeZone,
        @Schema(example = "09:00", type = SchemaType.STRING) LocalTime dailyStart,
        @Schema(example = "18:00", type = SchemaType.STRING) LocalTime dailyEnd) {

    public static VenueResponse of(Venue v) {
        return new VenueResponse(v.edition, v.startDate, v.endDate, v.timeZone, v.dailyStart, v.dailyEnd);
    }
}
