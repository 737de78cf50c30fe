package org.wsis.sessions.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.sessions.SeatMode;

@Schema(name = "AttendanceRequest")
public record AttendanceRequest(@NotNull @Schema(example = "IN_PERSON") SeatMode mode) {
}
