package org.wsis.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.registration.RegistrationSettings;

import java.time.Instant;

@Schema(name = "RegistrationSettings")
public record SettingsResponse(int edition, int inPersonCapacity, Instant opensAt, Instant closesAt, boolean open) {

    public static SettingsResponse of(RegistrationSettings s, Instant now) {
        return new SettingsResponse(s.edition, s.inPersonCapacity, s.opensAt, s.closesAt, s.isOpenAt(now));
    }
}
