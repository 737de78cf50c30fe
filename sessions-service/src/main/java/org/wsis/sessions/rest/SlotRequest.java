package org.wsis.sessions.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "SlotRequest", description = "When and where a session takes place; no room for a VIRTUAL session")
public record SlotRequest(
        @Schema(example = "3f1e2d4c-5b6a-4789-9abc-def012345678") UUID roomId,
        @NotNull @Schema(example = "2026-07-07T10:00:00+02:00") OffsetDateTime start,
        @NotNull @Schema(example = "2026-07-07T11:00:00+02:00") OffsetDateTime end) {
}
