package org.wsis.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.StakeholderGroup;
import org.wsis.registration.Attendance;
import org.wsis.registration.Registration;
import org.wsis.registration.RegistrationStatus;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Registration")
public record RegistrationResponse(
        UUID id,
        int edition,
        RegistrationStatus status,
        String firstName,
        String lastName,
        String email,
        String organisation,
        String jobTitle,
        String country,
        StakeholderGroup stakeholderGroup,
        Attendance attendance,
        boolean visaSupportRequested,
        String nationality,
        String accessibilityNeeds,
        @Schema(description = "The organiser's reason, for a rejection") String decisionReason,
        Instant createdAt,
        Instant updatedAt) {

    public static RegistrationResponse of(Registration r) {
        return new RegistrationResponse(r.id, r.edition, r.status, r.firstName, r.lastName, r.email, r.organisation,
                r.jobTitle, r.country, r.stakeholderGroup, r.attendance, r.visaSupportRequested, r.nationality,
                r.accessibilityNeeds, r.decisionReason, r.createdAt, r.updatedAt);
    }
}
