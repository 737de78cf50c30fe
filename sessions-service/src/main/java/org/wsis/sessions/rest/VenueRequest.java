package org.wsis.sessions.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.sessions.service.SetVenue;

import java.time.LocalDate;
import java.time.LocalTime;

@Schema(name = "VenueRequest", description = "The forum days and daily opening hours, in the venue's time zone")
public record VenueRequest(
        @NotNull @Schema(example = "2026-07-06") LocalDate startDate,
        @NotNull @Schema(example = "2026-07-10") LocalDate endDate,
        @NotBlank @Schema(example = "Europe/Zurich", description = "IANA time zone id") String timeZone,
        @NotNull @Schema(example = "09:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
        LocalTime dailyStart,
        @NotNull @Schema(example = "18:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
        LocalTime dailyEnd) {

    public SetVenue toCommand() {
        return new SetVenue(startDate, endDate, timeZone, dailyStart, dailyEnd);
    }
}
