package org.wsis.prizes.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.ActionLine;
import org.wsis.common.reference.CountryCode;
import org.wsis.common.reference.Sdgs;
import org.wsis.common.reference.StakeholderGroup;
import org.wsis.common.rest.SingleLine;
import org.wsis.prizes.service.SubmitNomination;

import java.util.List;

@Schema(name = "NominationRequest", description = "A project submitted to one prize category")
public record NominationRequest(
        @NotBlank @Size(max = 200) @SingleLine @Schema(example = "Telemedicine for rural clinics") String title,
        @NotNull @Schema(example = "C7_E_HEALTH", description = "Category code (see GET /categories)") ActionLine category,
        @NotBlank @Size(max = 200) @SingleLine @Schema(example = "Kenya Digital Health Agency") String organisation,
        @NotNull @CountryCode @Schema(example = "KE", description = "ISO 3166-1 alpha-2") String country,
        @NotNull @Schema(example = "GOVERNMENT") StakeholderGroup stakeholderGroup,
        @NotNull @WordCount(min = 150, max = 200) @Size(max = 5000)
        @Schema(description = "150 to 200 words", example = "The project connects rural clinics ...") String description,
        @NotNull @Size(max = 500) @Pattern(regexp = "https://[^\\s/?#]+\\.[^\\s]*", message = "must be an https:// URL")
        @Schema(example = "https://health.example.org/telemedicine") String projectUrl,
        @NotEmpty @Size(max = Sdgs.LAST) @Schema(example = "[3, 9]", description = "Sustainable Development Goals, 1 to 17")
        List<@NotNull @Min(Sdgs.FIRST) @Max(Sdgs.LAST) Integer> sdgs) {

    public SubmitNomination toCommand() {
        return new SubmitNomination(title, category, organisation, country, stakeholderGroup, description, projectUrl,
                sdgs);
    }
}
