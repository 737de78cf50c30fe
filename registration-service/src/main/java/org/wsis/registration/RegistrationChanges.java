package org.wsis.registration;

/**
 * A participant's changes to their registration: a null field stays as it is, a blank optional text
 * clears it. The email and the attendance are not here: changing them depends on more than the
 * registration (the verified address, the free seats).
 */
public record RegistrationChanges(
        String firstName,
        String lastName,
        String organisation,
        String jobTitle,
        String country,
        Boolean visaSupportRequested,
        String nationality,
        String accessibilityNeeds) {
}
