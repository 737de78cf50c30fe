package org.wsis.sessions.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.rest.SingleLine;

@Schema(name = "RoomRequest")
public record RoomRequest(
        @NotBlank @Size(max = 120) @SingleLine @Schema(example = "Room A (CICG level 1)") String name,
        @NotNull @Min(1) @Max(10_000) @Schema(example = "120", description = "In-person seats") Integer capacity,
        @NotNull @Schema(example = "true", description = "Equipped for remote speakers and streaming") Boolean hybrid) {
}
