package org.wsis.web.clients.registration;

import java.time.Instant;

/** registration-service's RegistrationSettings. */
public record RegistrationSettings(Integer edition,
        Integer inPersonCapacity,
        Instant opensAt,
        Instant closesAt,
        Boolean open) {
}
