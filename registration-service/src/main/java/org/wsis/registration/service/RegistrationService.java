package org.wsis.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.wsis.common.DatabaseFailures;
import org.wsis.common.batch.GroupCommit;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The registration lifecycle. Each method is one transaction (new registrations: one per batch); its
 * events commit with it.
 */
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

    /** A person's application to register: who asks (token subject) and what they tell. */
    public record Application(int edition, String subject, PersonalDetails details) {
    }

    /**
     * Registers a batch of applications in the caller's transaction (the group commit's, see
     * {@link RegistrationDesk}), each with the outcome it would have had alone, in arrival order: per
     * edition the settings are read once, the subjects and emails already held are checked in one
     * statement, the rows and their events are written in JDBC batches at one flush, and the edition
     * lock is taken once, only when an in-person seat is to be decided. The unique indexes settle a
     * race with another instance: the batch then fails, and each application is tried alone.
     */
    public List<GroupCommit.Outcome<Registration>> registerAll(List<Application> batch) {
        @SuppressWarnings("unchecked")
        GroupCommit.Outcome<Registration>[] outcomes = new GroupCommit.Outcome[batch.size()];
        Map<Integer, List<Integer>> byEdition = new TreeMap<>(); // edition locks taken in one order
        for (int i = 0; i < batch.size(); i++) {
            byEdition.computeIfAbsent(batch.get(i).edition(), e -> new ArrayList<>()).add(i);
        }
        Instant now = clock.instant();
        try {
            byEdition.forEach((edition, indexes) -> registerInEdition(edition, batch, indexes, outcomes, now));
            registrations.flush();
        } catch (PersistenceException e) {
            String constraint = DatabaseFailures.uniqueViolation(e).orElseThrow(() -> e);
            Application first = batch.get(0); // the one concerned when alone; a larger batch is split anyway
            throw constraint.contains("email") ? emailTaken(first.edition(), first.details().email())
                    : alreadyRegistered(first.edition());
        }
        return Arrays.asList(outcomes);
    }

    private void registerInEdition(int edition, List<Application> batch, List<Integer> indexes,
                                   GroupCommit.Outcome<Registration>[] outcomes, Instant now) {
        RegistrationSettings settings = settingsRepository.findByIdOptional(edition).orElse(null);
        Refusal closed = settings == null ? notSetUp(edition) : settings.refusalAt(now).orElse(null);
        if (closed != null) {
            indexes.forEach(i -> outcomes[i] = GroupCommit.Outcome.refused(closed));
            return;
        }
        RegistrationRepository.LiveHolders held = registrations.liveHolders(edition,
                indexes.stream().map(i -> batch.get(i).subject()).toList(),
                indexes.stream().map(i -> batch.get(i).details().email()).toList());
        Set<String> subjects = new HashSet<>(held.subjects());
        Set<String> emails = new HashSet<>(held.emails());
        List<Registration> toSeat = new ArrayList<>();
        for (int i : indexes) {
            Application application = batch.get(i);
            try {
                Registration r = Registration.open(edition, application.subject(), application.details(), now);
                String email = r.email.toLowerCase(Locale.ROOT);
                if (subjects.contains(r.subject)) {
                    throw alreadyRegistered(edition);
                }
                if (emails.contains(email)) {
                    throw emailTaken(edition, r.email);
                }
                subjects.add(r.subject);
                emails.add(email);
                events.registered(r);
                if (AUTO_ACCREDITED.contains(r.stakeholderGroup)) {
                    if (r.attendance == Attendance.REMOTE) {
                        seats.accredit(settings, r, now); // no seat to decide: confirmed before its single INSERT
                    } else {
                        toSeat.add(r);
                    }
                }
                registrations.persist(r);
                outcomes[i] = GroupCommit.Outcome.of(r);
            } catch (Refusal refusal) {
                outcomes[i] = GroupCommit.Outcome.refused(refusal);
            }
        }
        if (!toSeat.isEmpty()) {
            // only a seat decision needs the edition lock: taken once, after the inserts, held the shortest time
            RegistrationSettings locked = seats.lockEdition(edition);
            toSeat.forEach(r -> seats.accredit(locked, r, now));
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
        if (registrations.liveExistsForEmail(edition, email, except)) {
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
