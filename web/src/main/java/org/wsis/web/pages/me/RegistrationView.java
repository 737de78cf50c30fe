package org.wsis.web.pages.me;

import org.wsis.web.clients.registration.Registration;

import java.util.Locale;
import java.util.Set;

/** A registration as the participant's page shows it: the service's record with names for its codes. */
public record RegistrationView(Registration registration, String countryName, String nationalityName,
                               String registeredAt, String updatedAt) {

    private static final Set<String> LIVE = Set.of("PENDING", "CONFIRMED", "WAITLISTED");

    static RegistrationView of(Registration r, Locale locale) {
        return new RegistrationView(r, Countries.name(r.country(), locale), Countries.name(r.nationality(), locale),
                Dates.format(r.createdAt(), locale), Dates.format(r.updatedAt(), locale));
    }

    public String status() {
        return registration.status() == null ? "" : registration.status();
    }

    /** PENDING, CONFIRMED or WAITLISTED: it can still be changed or cancelled. */
    public boolean live() {
        return LIVE.contains(status());
    }

    public boolean erased() {
        return "ERASED".equals(status());
    }

    /** The service keeps one live registration per person: after a cancellation or an erasure, a new one. */
    public boolean canRegisterAgain() {
        return "CANCELLED".equals(status()) || erased();
    }

    public boolean canErase() {
        return !erased();
    }

    public boolean visa() {
        return Boolean.TRUE.equals(registration.visaSupportRequested());
    }
}
