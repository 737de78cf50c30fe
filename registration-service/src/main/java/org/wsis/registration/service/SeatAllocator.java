package org.wsis.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.registration.Registration;
import org.wsis.registration.RegistrationSettings;
import org.wsis.registration.RegistrationStatus;
import org.wsis.registration.service.outbox.ParticipantEvents;
import org.wsis.registration.repository.RegistrationRepository;
import org.wsis.registration.repository.RegistrationSettingsRepository;

import java.time.Instant;

/**
 * The in-person capacity rules. Callers first take the edition lock ({@link #lockEdition}); seats
 * are then counted and handed out one transaction at a time, so capacity is never oversold.
 */
@ApplicationScoped
public class SeatAllocator {

    private final RegistrationSettingsRepository settings;
    private final RegistrationRepository registrations;
    private final ParticipantEvents events;

    public SeatAllocator(RegistrationSettingsRepository settings, RegistrationRepository registrations,
                         ParticipantEvents events) {
        this.settings = settings;
        this.registrations = registrations;
        this.events = events;
    }

    public RegistrationSettings lockEdition(int edition) {
        return settings.lockEdition(edition).orElseThrow(() -> RegistrationService.notSetUp(edition));
    }

    /** Accreditation: REMOTE is always confirmed; IN_PERSON takes a free seat or joins the end of the waitlist. */
    public void accredit(RegistrationSettings edition, Registration registration, Instant now) {
        if (InPersonSeatRule.statusOnAccreditation(registration.attendance, edition.inPersonCapacity,
                () -> registrations.countInPersonSeatsTaken(edition.edition)) == RegistrationStatus.CONFIRMED) {
            confirm(registration, now);
        } else {
            registration.waitlist(registrations.nextWaitlistPosition(), now); // query first: it flushes the session
            events.waitlisted(registration);
        }
    }

    public boolean hasFreeSeat(RegistrationSettings edition) {
        return InPersonSeatRule.hasFreeSeat(edition.inPersonCapacity,
                registrations.countInPersonSeatsTaken(edition.edition));
    }

    /** Gives every free seat to the oldest waitlisted registrations, one for one. */
    public void fillFreeSeats(RegistrationSettings edition, Instant now) {
        int promoted = InPersonSeatRule.waitlistedToPromote(edition.inPersonCapacity,
                registrations.countInPersonSeatsTaken(edition.edition));
        if (promoted == 0) {
            return;
        }
        for (Registration next : registrations.oldestWaitlisted(edition.edition, promoted)) {
            confirm(next, now);
        }
    }

    private void confirm(Registration registration, Instant now) {
        registration.confirm(now);
        events.confirmed(registration);
    }
}
