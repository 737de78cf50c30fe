package org.wsis.registration.service;

import java.util.Map;

/**
 * An edition's registration counts: per status over every registration; the other breakdowns
 * over live registrations (PENDING, CONFIRMED, WAITLISTED).
 */
public record RegistrationStatistics(
        int edition,
        long total,
        Map<String, Long> byStatus,
        Map<String, Long> byStakeholderGroup,
        Map<String, Long> byCountry,
        Map<String, Long> byAttendance,
        Integer inPersonCapacity,
        long confirmedInPerson,
        long waitlisted) {
}
