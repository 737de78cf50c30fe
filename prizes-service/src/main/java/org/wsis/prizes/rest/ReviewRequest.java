package org.wsis.prizes.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @NotNull @Schema(example = "NOMINATE") Decision decision,
        @Size(max = 1000) @Schema(example = "Clear impact on SDG 3, well documented") String reason) {

    public enum Decision { NOMINATE, REJECT }
}
