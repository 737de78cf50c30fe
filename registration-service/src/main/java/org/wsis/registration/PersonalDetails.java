package org.wsis.registration;

import org.wsis.common.reference.StakeholderGroup;

/** What a person tells about themselves when registering; already validated field by field. */
public record PersonalDetails(
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
        String accessibilityNeeds) {
}
