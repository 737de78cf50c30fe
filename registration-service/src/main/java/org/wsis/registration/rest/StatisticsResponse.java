package org.wsis.registration.rest;

import org.wsis.registration.service.RegistrationStatistics;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(name = "RegistrationStatistics", description = "Counts per status over every registration; the other "
        + "breakdowns count live registrations (PENDING, CONFIRMED, WAITLISTED)")
public record StatisticsResponse(
        int edition,
        long total,
        Map<String, Long> byStatus,
        Map<String, Long> byStakeholderGroup,
        Map<String, Long> byCountry,
        Map<String, Long> byAttendance,
        Integer inPersonCapacity,
        long confirmedInPerson,
        long waitlisted) {

    static StatisticsResponse of(RegistrationStatistics s) {
        return new StatisticsResponse(s.edition(), s.total(), s.byStatus(), s.byStakeholderGroup(), s.byCountry(),
                s.byAttendance(), s.inPersonCapacity(), s.confirmedInPerson(), s.waitlisted());
    }
}
