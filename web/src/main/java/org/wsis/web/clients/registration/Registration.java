package org.wsis.web.clients.registration;

import java.time.Instant;

/** registration-service's Registration. */
public record Registration(String id,
        Integer edition,
        String status,
        String firstName,
        String lastName,
        String email,
        String organisation,
        String jobTitle,
        String country,
        String stakeholderGroup,
        String attendance,
        Boolean visaSupportRequested,
        String nationality,
        String accessibilityNeeds,
        String decisionReason,
        Instant createdAt,
        Instant updatedAt) {
}
