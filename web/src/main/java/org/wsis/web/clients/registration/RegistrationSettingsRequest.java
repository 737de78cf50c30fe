package org.wsis.web.clients.registration;

import java.time.Instant;

/** registration-service's RegistrationSettingsRequest. */
public record RegistrationSettingsRequest(Integer inPersonCapacity,
        Instant opensAt,
        Instant closesAt) {
}
