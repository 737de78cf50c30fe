package org.wsis.registration.service.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.wsis.common.reference.StakeholderGroup;
import org.wsis.registration.Attendance;
import org.wsis.registration.RegistrationStatus;

import java.util.UUID;

/**
 * The {@code data} of every {@code wsis.participants} event. Cancelled and erased events carry
 * ids only (the other fields are absent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantEventData(
        UUID participantId,
        String subject,
        int edition,
        String displayName,
        String organisation,
        String country,
        StakeholderGroup stakeholderGroup,
        Attendance attendance,
        RegistrationStatus status) {
}
