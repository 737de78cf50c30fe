package org.wsis.prizes.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "WinnerRequest")
public record WinnerRequest(
        @NotNull @Schema(example = "5b1f1f0e-8a57-4d5e-9c0a-3f1e2d3c4b5a", description = "A champion of the category")
        UUID nominationId) {
}
