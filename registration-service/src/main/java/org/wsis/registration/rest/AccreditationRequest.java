package org.wsis.registration.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccreditationRequest")
public record AccreditationRequest(
        @NotNull @Schema(example = "APPROVE") Decision decision,
        @Size(max = 1000) @Schema(example = "Affiliation verified") String reason) {

    public enum Decision { APPROVE, REJECT }
}
