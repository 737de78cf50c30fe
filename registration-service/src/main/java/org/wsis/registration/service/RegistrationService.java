package org.wsis.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.wsis.common.DatabaseFailures;
import org.wsis.common.reference.StakeholderGroup;
import org.wsis.common.domain.Refusal;
import org.wsis.common.security.Caller;
import org.wsis.registration.Attendance;
import org.wsis.registration.Registration;
import org.wsis.registration.RegistrationSettings;
import org.wsis.registration.RegistrationStatus;
import org.wsis.registration.events.ParticipantEvents;
import org.wsis.registration.repository.RegistrationRepository;
import org.wsis.registration.repository.RegistrationSettingsRepository;
import org.wsis.registration.rest.AccreditationRequest;
import org.wsis.registration.rest.RegistrationPatch;
import org.wsis.registration.rest.RegistrationRequest;

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
    public Registration register(int edition, String subject, RegistrationRequest request) {
        if (request.wantsVisaSupport() && request.nationality() == null) {
            throw Refusal.invalidField("nationality", "is required when visa support is requested");
        }
        Instant now = clock.instant();
        RegistrationSettings settings = settingsRepository.findByIdOptional(edition).orElseThrow(() ->
                Refusal.conflict("registration-not-open", "Registration for edition " + edition
                        + " has not been set up."));
        if (!settings.isOpenAt(now)) {
            throw Refusal.conflict("registration-closed", "Registration for edition " + edition
                    + " is open from " + settings.opensAt + " until " + settings.closesAt + ".");
        }
        if (registrations.liveExistsForSubject(edition, subject)) {
            throw Refusal.conflict("already-registered", "You already have a registration for edition "
                    + edition + ".");
        }
        requireEmailFree(edition, request.email(), null);

        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.edition = edition;
        r.subject = subject;
        r.status = RegistrationStatus.PENDING;
        r.firstName = request.firstName().trim();
        r.lastName = request.lastName().trim();
        r.email = request.email(); // normalised by the request
        r.organisation = request.organisation().trim();
        r.jobTitle = blankToNull(request.jobTitle());
        r.country = request.country();
        r.stakeholderGroup = request.stakeholderGroup();
        r.attendance = request.attendance();
        r.visaSupportRequested = request.wantsVisaSupport();
        r.nationality = request.nationality();
        r.accessibilityNeeds = blankToNull(request.accessibilityNeeds());
        r.consentGivenAt = now;
        r.createdAt = now;
        r.updatedAt = now;
        insert(r);
        events.registered(r);
        if (AUTO_ACCREDITED.contains(r.stakeholderGroup)) {
            // only a seat decision needs the edition lock (taken last, so registrations queue only for
            // it); a REMOTE delegate is confirmed without queueing behind the in-person ones
            seats.accredit(r.attendance == Attendance.IN_PERSON ? seats.lockEdition(edition) : settings, r, now);
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
            throw Refusal.conflict("already-registered", "You already have a registration for edition "
                    + r.edition + ".");
        }
    }

    @Transactional
    public Registration accredit(int edition, UUID id, AccreditationRequest request) {
        Instant now = clock.instant();
        RegistrationSettings settings = seats.lockEdition(edition);
        Registration r = lock(edition, id);
        if (r.status != RegistrationStatus.PENDING) {
            throw Refusal.conflict("not-pending", "Only a PENDING registration can be accredited; this one is "
                    + r.status + ".");
        }
        r.decisionReason = blankToNull(request.reason());
        if (request.decision() == AccreditationRequest.Decision.APPROVE) {
            seats.accredit(settings, r, now);
        } else {
            r.status = RegistrationStatus.REJECTED;
            r.updatedAt = now;
            events.rejected(r);
        }
        return r;
    }

    @Transactional
    public Registration update(int edition, UUID id, String subject, Optional<String> verifiedEmail,
                               RegistrationPatch patch) {
        Instant now = clock.instant();
        RegistrationSettings settings = seats.lockEdition(edition);
        Registration r = lock(edition, id);
        if (!r.isOwnedBy(subject)) {
            throw notFound(id);
        }
        if (!r.status.isLive()) {
            throw Refusal.conflict("not-live", "A " + r.status + " registration cannot be changed.");
        }
        boolean visa = patch.visaSupportRequested() != null ? patch.visaSupportRequested() : r.visaSupportRequested;
        String nationality = patch.nationality() != null ? patch.nationality() : r.nationality;
        if (visa && nationality == null) {
            throw Refusal.invalidField("nationality", "is required when visa support is requested");
        }
        if (patch.email() != null && !patch.email().equals(r.email)) {
            changeEmail(r, patch.email(), verifiedEmail);
        }
        if (patch.firstName() != null) {
            r.firstName = patch.firstName().trim();
        }
        if (patch.lastName() != null) {
            r.lastName = patch.lastName().trim();
        }
        if (patch.organisation() != null) {
            r.organisation = patch.organisation().trim();
        }
        if (patch.jobTitle() != null) {
            r.jobTitle = blankToNull(patch.jobTitle());
        }
        if (patch.country() != null) {
            r.country = patch.country();
        }
        if (patch.accessibilityNeeds() != null) {
            r.accessibilityNeeds = blankToNull(patch.accessibilityNeeds());
        }
        r.visaSupportRequested = visa;
        r.nationality = nationality;
        r.updatedAt = now;
        if (patch.attendance() != null && patch.attendance() != r.attendance) {
            changeAttendance(settings, r, patch.attendance(), now);
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

    /**
     * IN_PERSON to REMOTE frees the seat (or leaves the waitlist, confirmed remotely); REMOTE to
     * IN_PERSON needs a free seat: a confirmed participant is never pushed onto the waitlist by an edit.
     */
    private void changeAttendance(RegistrationSettings settings, Registration r, Attendance wanted, Instant now) {
        if (wanted == Attendance.REMOTE) {
            boolean heldSeat = r.holdsInPersonSeat();
            r.attendance = Attendance.REMOTE;
            if (r.status == RegistrationStatus.WAITLISTED) {
                r.status = RegistrationStatus.CONFIRMED;
                r.waitlistPosition = null;
                events.confirmed(r);
            }
            if (heldSeat) {
                seats.fillFreeSeats(settings, now);
            }
            return;
        }
        if (r.status == RegistrationStatus.CONFIRMED && !seats.hasFreeSeat(settings)) {
            throw Refusal.conflict("in-person-full", "Every in-person seat is taken; your registration "
                    + "stays REMOTE.");
        }
        r.attendance = Attendance.IN_PERSON;
    }

    @Transactional
    public Registration cancel(int edition, UUID id, Caller caller) {
        Instant now = clock.instant();
        RegistrationSettings settings = seats.lockEdition(edition);
        Registration r = lockForOwnerOrOrganiser(edition, id, caller);
        if (!r.status.isLive()) {
            throw Refusal.conflict("not-live", "A " + r.status + " registration cannot be cancelled.");
        }
        boolean heldSeat = r.holdsInPersonSeat();
        r.status = RegistrationStatus.CANCELLED;
        r.waitlistPosition = null;
        r.updatedAt = now;
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

    private static Refusal notFound(UUID id) {
        return Refusal.notFound("No registration " + id + ".");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
