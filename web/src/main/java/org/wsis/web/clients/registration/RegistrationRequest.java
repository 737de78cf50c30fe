package org.wsis.web.clients.registration;

/** registration-service's RegistrationRequest: A person's registration for the Forum. */
public record RegistrationRequest(String firstName,
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
        Boolean dataProcessingConsent) {
}
