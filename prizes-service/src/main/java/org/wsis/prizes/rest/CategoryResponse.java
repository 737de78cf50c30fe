package org.wsis.prizes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.ActionLine;

@Schema(name = "Category", description = "A WSIS Prizes category: one of the 18 Action Lines")
public record CategoryResponse(
        @Schema(example = "10") int number,
        @Schema(example = "C7_E_HEALTH") String code,
        @Schema(example = "ICT applications: E-health") String title) {

    public static CategoryResponse of(ActionLine line) {
        return new CategoryResponse(line.number(), line.name(), line.title());
    }
}
