package org.wsis.registration.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "RegistrationSettingsRequest")
public record SettingsRequest(
        @NotNull @Min(0) @Max(100_000) @Schema(example = "3000") Integer inPersonCapacity,
        @NotNull @Schema(example = "2026-01-15T00:00:00Z") Instant opensAt,
        @NotNull @Schema(example = "2026-06-30T23:59:59Z") Instant closesAt) {
}
