package org.wsis.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Refusal;
import org.wsis.registration.RegistrationSettings;
import org.wsis.registration.repository.RegistrationRepository;
import org.wsis.registration.repository.RegistrationSettingsRepository;

import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
public class RegistrationSettingsService {

    private final RegistrationSettingsRepository settings;
    private final RegistrationRepository registrations;
    private final SeatAllocator seats;
    private final Clock clock;

    public RegistrationSettingsService(RegistrationSettingsRepository settings, RegistrationRepository registrations,
                                       SeatAllocator seats, Clock clock) {
        this.settings = settings;
        this.registrations = registrations;
        this.seats = seats;
        this.clock = clock;
    }

    /**
     * Creates or replaces the edition's settings. Capacity cannot drop below the seats already
     * confirmed; added capacity goes to the waitlist at once, oldest first.
     */
    @Transactional
    public RegistrationSettings put(int edition, int inPersonCapacity, Instant opensAt, Instant closesAt) {
        Instant now = clock.instant();
        RegistrationSettings current = settings.lockEdition(edition).orElse(null);
        if (current == null) {
            current = RegistrationSettings.of(edition, inPersonCapacity, opensAt, closesAt, now);
            settings.persist(current);
            return current;
        }
        current.change(inPersonCapacity, opensAt, closesAt, now);
        long taken = registrations.countInPersonSeatsTaken(edition);
        if (inPersonCapacity < taken) {
            throw Refusal.conflict("capacity-below-confirmed", "Capacity " + inPersonCapacity
                    + " is below the " + taken + " in-person seats already confirmed.");
        }
        seats.fillFreeSeats(current, now);
        return current;
    }

    @Transactional
    public RegistrationSettings get(int edition) {
        return settings.findByIdOptional(edition).orElseThrow(() -> Refusal.notFound(
                "Registration for edition " + edition + " has not been set up."));
    }
}
