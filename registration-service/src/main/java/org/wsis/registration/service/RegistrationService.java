package org.wsis.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.wsis.common.DatabaseFailures;
import org.wsis.common.reference.StakeholderGroup;
import org.wsis.common.domain.Refusal;
import org.wsis.common.security.Caller;
import org.wsis.registration.Attendance;
import org.wsis.registration.PersonalDetails;
import org.wsis.registration.Registration;
import org.wsis.registration.RegistrationChanges;
import org.wsis.registration.RegistrationSettings;
import org.wsis.registration.RegistrationStatus;
import org.wsis.registration.service.outbox.ParticipantEvents;
import org.wsis.registration.repository.RegistrationRepository;
import org.wsis.registration.repository.RegistrationSettingsRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The registration lifecycle. Each method is one transaction; its events commit with it. */
@ApplicationScoped
public class RegistrationService {

    /** Accredited on registration; everyone else waits for an organiser. */
    static final Set<StakeholderGroup> AUTO_ACCREDITED =
            EnumSet.of(StakeholderGroup.GOVERNMENT, StakeholderGroup.INTERNATIONAL_ORGANIZATION);

    private final RegistrationRepository registrations;
    private final RegistrationSettingsRepository settingsRepository;
    private final SeatAllocator seats;
    private final ParticipantEvents events;
    private final Clock clock;

    public RegistrationService(RegistrationRepository registrations, RegistrationSettingsRepository settingsRepository,
                               SeatAllocator seats, ParticipantEvents events, Clock clock) {
        this.registrations = registrations;
        this.settingsRepository = settingsRepository;
        this.seats = seats;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Registration register(int edition, String subject, PersonalDetails details) {
        Instant now = clock.instant();
        Registration r = Registration.open(edition, subject, details, now);
        RegistrationSettings settings = settingsRepository.findByIdOptional(edition).orElseThrow(() ->
                notSetUp(edition));
        settings.requireOpenAt(now);
        RegistrationRepository.LiveHolders holders = registrations.liveHolders(edition, subject, r.email);
        if (holders.subject()) {
            throw alreadyRegistered(edition);
        }
        if (holders.email()) {
            throw emailTaken(edition, r.email);
        }
        events.registered(r);
        boolean autoAccredited = AUTO_ACCREDITED.contains(r.stakeholderGroup);
        if (autoAccredited && r.attendance == Attendance.REMOTE) {
            seats.accredit(settings, r, now); // no seat to decide: confirmed before the insert, so one INSERT
        }
        insert(r);
        if (autoAccredited && r.attendance == Attendance.IN_PERSON) {
            // only a seat decision needs the edition lock, taken last so that registrations queue only for it
            seats.accredit(seats.lockEdition(edition), r, now);
        }
        return r;
    }

    /** The unique indexes settle races the checks above cannot see (two requests at the same instant). */
    private void insert(Registration r) {
        try {
            registrations.persistAndFlush(r);
        } catch (PersistenceException e) {
            String constraint = DatabaseFailures.uniqueViolation(e).orElseThrow(() -> e);
            if (constraint.contains("email")) {
                throw emailTaken(r.edition, r.email);
            }
            throw alreadyRegistered(r.edition);
        }
    }

    /** An organiser's decision on a PENDING registration: approved, it is confirmed or waitlisted. */
    @Transactional
    public Registration accredit(int edition, UUID id, boolean approve, String reason) {
        Instant now = clock.instant();
        RegistrationSettings settings = seats.lockEdition(edition);
        Registration r = lock(edition, id);
        if (approve) {
            r.decide(reason);
            seats.accredit(settings, r, now);
        } else {
            r.reject(reason, now);
            events.rejected(r);
        }
        return r;
    }

    /** The participant's own changes; a null email or attendance leaves it as it is. */
    @Transactional
    public Registration update(int edition, UUID id, String subject, Optional<String> verifiedEmail,
                               RegistrationChanges changes, String email, Attendance attendance) {
        Instant now = clock.instant();
        RegistrationSettings settings = seats.lockEdition(edition);
        Registration r = lock(edition, id);
        if (!r.isOwnedBy(subject)) {
            throw notFound(id);
        }
        r.change(changes, now);
        if (email != null && !email.equals(r.email)) {
            changeEmail(r, email, verifiedEmail);
        }
        if (attendance == Attendance.REMOTE && r.attendance != Attendance.REMOTE) {
            RegistrationStatus before = r.status;
            boolean freedSeat = r.attendRemotely(now);
            if (before == RegistrationStatus.WAITLISTED) {
                events.confirmed(r);
            }
            if (freedSeat) {
                seats.fillFreeSeats(settings, now);
            }
        } else if (attendance == Attendance.IN_PERSON && r.attendance != Attendance.IN_PERSON) {
            r.attendInPerson(r.status != RegistrationStatus.CONFIRMED || seats.hasFreeSeat(settings));
        }
        events.updated(r);
        return r;
    }

    /**
     * Only to the caller's own address, as the identity provider has verified it. Any other address gets
     * one answer whether or not a registration holds it: "taken" or "changed" would tell every
     * participant who else is registered, and the service has no mail channel to verify it instead.
     * For the verified address "taken" is said: it is the caller's, so it reveals nothing about others.
     */
    private void changeEmail(Registration r, String wanted, Optional<String> verifiedEmail) {
        if (!verifiedEmail.map(wanted::equals).orElse(false)) {
            throw Refusal.conflict("email-not-verified", "Your registration's email can only be changed "
                    + "to the address your account has verified with the identity provider. To use another "
                    + "address, change your account's address there first.");
        }
        requireEmailFree(r.edition, wanted, r.id);
        r.email = wanted;
        try {
            registrations.flush(); // the unique index decides a race with a registration of the same address
        } catch (PersistenceException e) {
            DatabaseFailures.uniqueViolation(e).orElseThrow(() -> e);
            throw emailTaken(r.edition, wanted);
        }
    }

    @Transactional
    public Registration cancel(int edition, UUID id, Caller caller) {
        Instant now = clock.instant();
        RegistrationSettings settings = seats.lockEdition(edition);
        Registration r = lockForOwnerOrOrganiser(edition, id, caller);
        boolean heldSeat = r.holdsInPersonSeat();
        r.cancel(now);
        events.cancelled(r);
        if (heldSeat) {
            seats.fillFreeSeats(settings, now);
        }
        return r;
    }

    /** GDPR erasure; erasing an already erased registration changes nothing. */
    @Transactional
    public void erase(int edition, UUID id, Caller caller) {
        Instant now = clock.instant();
        RegistrationSettings settings = seats.lockEdition(edition);
        Registration r = lockForOwnerOrOrganiser(edition, id, caller);
        if (r.status == RegistrationStatus.ERASED) {
            return;
        }
        boolean heldSeat = r.holdsInPersonSeat();
        r.erase(now);
        events.erased(r);
        if (heldSeat) {
            seats.fillFreeSeats(settings, now);
        }
    }

    @Transactional
    public Registration get(int edition, UUID id, Caller caller) {
        Registration r = registrations.findInEdition(edition, id).orElseThrow(() -> notFound(id));
        if (!caller.isOrganiser() && !r.isOwnedBy(caller.subject())) {
            throw notFound(id); // another participant's registration does not exist for them
        }
        return r;
    }

    @Transactional
    public Registration mine(int edition, String subject) {
        return registrations.findLatestBySubject(edition, subject).orElseThrow(() -> Refusal.notFound(
                "You have no registration for edition " + edition + "."));
    }

    private Registration lockForOwnerOrOrganiser(int edition, UUID id, Caller caller) {
        Registration r = lock(edition, id);
        if (!caller.isOrganiser() && !r.isOwnedBy(caller.subject())) {
            throw notFound(id);
        }
        return r;
    }

    private Registration lock(int edition, UUID id) {
        return registrations.lockInEdition(edition, id).orElseThrow(() -> notFound(id));
    }

    private void requireEmailFree(int edition, String email, UUID except) {
        if (registrations.liveExistsForEmail(edition, email, except == null ? new UUID(0, 0) : except)) {
            throw emailTaken(edition, email);
        }
    }

    private static Refusal emailTaken(int edition, String email) {
        return Refusal.conflict("email-taken", "The email address " + email
                + " is already used by a registration for edition " + edition + ".");
    }

    private static Refusal alreadyRegistered(int edition) {
        return Refusal.conflict("already-registered", "You already have a registration for edition " + edition + ".");
    }

    static Refusal notSetUp(int edition) {
        return Refusal.conflict("registration-not-open", "Registration for edition " + edition
                + " has not been set up.");
    }

    private static Refusal notFound(UUID id) {
        return Refusal.notFound("No registration " + id + ".");
    }
}
