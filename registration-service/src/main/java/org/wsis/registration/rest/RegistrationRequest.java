package org.wsis.registration.rest;

import org.wsis.registration.PersonalDetails;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.CountryCode;
import org.wsis.common.reference.StakeholderGroup;
import org.wsis.common.rest.SingleLine;
import org.wsis.registration.Attendance;
import org.wsis.registration.Emails;

@Schema(name = "RegistrationRequest", description = "A person's registration for the Forum")
public record RegistrationRequest(
        @NotBlank @Size(max = 100) @SingleLine @Schema(example = "Amina") String firstName,
        @NotBlank @Size(max = 100) @SingleLine @Schema(example = "Diallo") String lastName,
        @NotBlank @Email @Size(max = 254) @Pattern(regexp = Emails.PRINTABLE_ASCII, message = Emails.NOT_ASCII_MESSAGE)
        @Schema(example = "amina.diallo@example.org", description = "Stored trimmed and in lower case; ASCII only")
        String email,
        @NotBlank @Size(max = 200) @SingleLine @Schema(example = "Ministry of Digital Economy") String organisation,
        @Size(max = 200) @SingleLine @Schema(example = "Director of ICT Policy") String jobTitle,
        @NotNull @CountryCode @Schema(example = "SN", description = "ISO 3166-1 alpha-2") String country,
        @NotNull @Schema(example = "GOVERNMENT") StakeholderGroup stakeholderGroup,
        @NotNull @Schema(example = "IN_PERSON") Attendance attendance,
        @Schema(example = "false") Boolean visaSupportRequested,
        @CountryCode @Schema(example = "SN", description = "Required when visa support is requested") String nationality,
        @Size(max = 1000) @Schema(example = "Wheelchair access") String accessibilityNeeds,
        @NotNull @AssertTrue(message = "must be true: registration needs consent to process your data")
        @Schema(example = "true") Boolean dataProcessingConsent) {

    public RegistrationRequest {
        email = Emails.normalise(email); // before validation: the checks judge what will be stored
    }

    PersonalDetails toDetails() {
        return new PersonalDetails(firstName, lastName, email, organisation, jobTitle, country, stakeholderGroup,
                attendance, Boolean.TRUE.equals(visaSupportRequested), nationality, accessibilityNeeds);
    }
}
