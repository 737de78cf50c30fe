package org.wsis.prizes.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContestRequest")
public record ContestRequest(
        @NotNull @Min(1) @Max(100) @Schema(example = "5", description = "Champions per category when VOTING ends")
        Integer championsPerCategory) {
}
