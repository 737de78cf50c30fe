package org.wsis.prizes.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.prizes.ContestPhase;

@Schema(name = "PhaseRequest")
public record PhaseRequest(@NotNull @Schema(example = "REVIEW", description = "The next phase") ContestPhase phase) {
}
