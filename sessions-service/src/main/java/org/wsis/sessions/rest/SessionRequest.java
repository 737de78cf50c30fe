package org.wsis.sessions.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.ActionLine;
import org.wsis.common.reference.Sdgs;
import org.wsis.common.rest.SingleLine;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionMode;
import org.wsis.sessions.service.SessionDetails;

import java.util.List;
import java.util.UUID;

/** A session proposal, or a session an organiser creates directly: the same fields. */
@Schema(name = "SessionRequest")
public record SessionRequest(
        @NotBlank @Size(max = 200) @SingleLine @Schema(example = "Closing the connectivity gap in rural Africa") String title,
        @NotBlank @Size(max = 4000) @Schema(example = "Ministers and operators compare what worked.") String summary,
        @NotNull @Schema(example = "THEMATIC_WORKSHOP") SessionFormat format,
        @NotEmpty @Size(max = 18) @Schema(example = "[\"C2\",\"C7_E_AGRICULTURE\"]") List<@NotNull ActionLine> actionLines,
        @NotNull @Size(max = Sdgs.LAST) @Schema(example = "[9,17]") List<@NotNull @Min(Sdgs.FIRST) @Max(Sdgs.LAST) Integer> sdgs,
        @NotNull @Schema(example = "HYBRID") SessionMode mode,
        @NotNull @Min(15) @Max(480) @Schema(example = "60") Integer durationMinutes,
        @NotNull @Size(max = 20) @Schema(description = "Registered participants of the edition (participant ids)",
                example = "[\"0b8f6a52-2c4e-4e37-9d57-8a0f1c2d3e4f\"]") List<@NotNull UUID> speakerParticipantIds,
        @NotNull @Min(1) @Max(10_000) @Schema(example = "80") Integer expectedAudience) {

    public SessionDetails toCommand() {
        return new SessionDetails(title, summary, format, actionLines, sdgs, mode, durationMinutes,
                speakerParticipantIds, expectedAudience);
    }
}
