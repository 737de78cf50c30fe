package org.wsis.registration.rest;

import org.wsis.registration.RegistrationChanges;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.CountryCode;
import org.wsis.common.rest.SingleLine;
import org.wsis.registration.Attendance;
import org.wsis.registration.Emails;

/** Changes to one's own registration: absent (null) fields stay as they are; "" clears an optional text. */
@Schema(name = "RegistrationPatch")
public record RegistrationPatch(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @SingleLine String firstName,
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @SingleLine String lastName,
        @Email @Size(min = 3, max = 254) @Pattern(regexp = Emails.PRINTABLE_ASCII, message = Emails.NOT_ASCII_MESSAGE)
        @Schema(example = "amina.diallo@example.org",
                description = "Only the address your account has verified with the identity provider") String email,
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @SingleLine String organisation,
        @Size(max = 200) @SingleLine String jobTitle,
        @CountryCode String country,
        @Schema(example = "REMOTE") Attendance attendance,
        Boolean visaSupportRequested,
        @CountryCode String nationality,
        @Size(max = 1000) String accessibilityNeeds) {

    public RegistrationPatch {
        email = Emails.normalise(email); // before validation: the checks judge what will be stored
    }

    RegistrationChanges toChanges() {
        return new RegistrationChanges(firstName, lastName, organisation, jobTitle, country, visaSupportRequested,
                nationality, accessibilityNeeds);
    }
}
