package org.wsis.registration.repository;

import org.wsis.common.reference.StakeholderGroup;
import org.wsis.registration.Attendance;
import org.wsis.registration.RegistrationStatus;

/** The organiser's search criteria; null means "any". */
public record RegistrationFilter(RegistrationStatus status, StakeholderGroup stakeholderGroup, String country,
                                 Attendance attendance, String text) {
}
