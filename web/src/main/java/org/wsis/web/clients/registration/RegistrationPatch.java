package org.wsis.web.clients.registration;

/** registration-service's RegistrationPatch. */
public record RegistrationPatch(String firstName,
        String lastName,
        String email,
        String organisation,
        String jobTitle,
        String country,
        String attendance,
        Boolean visaSupportRequested,
        String nationality,
        String accessibilityNeeds) {
}
