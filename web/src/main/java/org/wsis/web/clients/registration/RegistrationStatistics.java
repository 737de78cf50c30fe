package org.wsis.web.clients.registration;

import java.util.Map;

/** registration-service's RegistrationStatistics: Counts per status over every registration; the other breakdowns count live registrations (PENDING, CONFIRMED, WAITLISTED). */
public record RegistrationStatistics(Integer edition,
        Long total,
        Map<String, Long> byStatus,
        Map<String, Long> byStakeholderGroup,
        Map<String, Long> byCountry,
        Map<String, Long> byAttendance,
        Integer inPersonCapacity,
        Long confirmedInPerson,
        Long waitlisted) {
}
