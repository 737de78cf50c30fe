package org.wsis.sessions.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @NotNull @Schema(example = "ACCEPT") Decision decision,
        @Size(max = 2000) @Schema(example = "Strong speakers; please merge with the rural broadband proposal.") String note) {

    public enum Decision {
        ACCEPT,
        REJECT
    }
}
