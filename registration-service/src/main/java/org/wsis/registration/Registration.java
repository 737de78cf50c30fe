package org.wsis.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wsis.common.domain.Refusal;
import org.wsis.common.reference.StakeholderGroup;

import java.time.Instant;
import java.util.UUID;

/** A person's registration for one edition of the Forum: the aggregate of this service. */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public int edition;

    /** The token subject of the person who registered; wiped on erasure. */
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String email;

    public String organisation;

    @Column(name = "job_title")
    public String jobTitle;

    public String country;

    public String nationality;

    @Enumerated(EnumType.STRING)
    @Column(name = "stakeholder_group", nullable = false)
    public StakeholderGroup stakeholderGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Attendance attendance;

    @Column(name = "visa_support_requested", nullable = false)
    public boolean visaSupportRequested;

    @Column(name = "accessibility_needs")
    public String accessibilityNeeds;

    @Column(name = "consent_given_at")
    public Instant consentGivenAt;

    /** Place in the in-person waitlist (lower is earlier); set only while WAITLISTED. */
    @Column(name = "waitlist_position")
    public Long waitlistPosition;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** A new PENDING registration; the rules a single field cannot express are checked here. */
    public static Registration open(int edition, String subject, PersonalDetails details, Instant now) {
        requireNationalityForVisa(details.visaSupportRequested(), details.nationality());
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.edition = edition;
        r.subject = subject;
        r.status = RegistrationStatus.PENDING;
        r.firstName = details.firstName().trim();
        r.lastName = details.lastName().trim();
        r.email = details.email();
        r.organisation = details.organisation().trim();
        r.jobTitle = blankToNull(details.jobTitle());
        r.country = details.country();
        r.stakeholderGroup = details.stakeholderGroup();
        r.attendance = details.attendance();
        r.visaSupportRequested = details.visaSupportRequested();
        r.nationality = details.nationality();
        r.accessibilityNeeds = blankToNull(details.accessibilityNeeds());
        r.consentGivenAt = now;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** Given a seat (or accredited REMOTE): the person takes part. */
    public void confirm(Instant now) {
        status = RegistrationStatus.CONFIRMED;
        waitlistPosition = null;
        updatedAt = now;
    }

    /** Accredited IN_PERSON with every seat taken: waits at the given place. */
    public void waitlist(long position, Instant now) {
        status = RegistrationStatus.WAITLISTED;
        waitlistPosition = position;
        updatedAt = now;
    }

    /** Only a PENDING registration is decided on. */
    public void requirePending() {
        if (status != RegistrationStatus.PENDING) {
            throw Refusal.conflict("not-pending", "Only a PENDING registration can be accredited; this one is "
                    + status + ".");
        }
    }

    /** Records the organiser's reason for the decision about to be taken. */
    public void decide(String reason) {
        requirePending();
        decisionReason = blankToNull(reason);
    }

    public void reject(String reason, Instant now) {
        decide(reason);
        status = RegistrationStatus.REJECTED;
        updatedAt = now;
    }

    public void cancel(Instant now) {
        requireLive("cancelled");
        status = RegistrationStatus.CANCELLED;
        waitlistPosition = null;
        updatedAt = now;
    }

    /** Applies a participant's own changes; the visa rule holds for the result. */
    public void change(RegistrationChanges changes, Instant now) {
        requireLive("changed");
        boolean visa = changes.visaSupportRequested() != null ? changes.visaSupportRequested() : visaSupportRequested;
        String newNationality = changes.nationality() != null ? changes.nationality() : nationality;
        requireNationalityForVisa(visa, newNationality);
        if (changes.firstName() != null) {
            firstName = changes.firstName().trim();
        }
        if (changes.lastName() != null) {
            lastName = changes.lastName().trim();
        }
        if (changes.organisation() != null) {
            organisation = changes.organisation().trim();
        }
        if (changes.jobTitle() != null) {
            jobTitle = blankToNull(changes.jobTitle());
        }
        if (changes.country() != null) {
            country = changes.country();
        }
        if (changes.accessibilityNeeds() != null) {
            accessibilityNeeds = blankToNull(changes.accessibilityNeeds());
        }
        visaSupportRequested = visa;
        nationality = newNationality;
        updatedAt = now;
    }

    /**
     * To REMOTE: a waitlisted registration is confirmed at once (no seat needed).
     * @return true when this frees an in-person seat for the waitlist
     */
    public boolean attendRemotely(Instant now) {
        boolean heldSeat = holdsInPersonSeat();
        attendance = Attendance.REMOTE;
        if (status == RegistrationStatus.WAITLISTED) {
            confirm(now);
        }
        return heldSeat;
    }

    /** To IN_PERSON: a confirmed participant needs a free seat, never the waitlist. */
    public void attendInPerson(boolean seatFree) {
        if (status == RegistrationStatus.CONFIRMED && !seatFree) {
            throw Refusal.conflict("in-person-full", "Every in-person seat is taken; your registration "
                    + "stays REMOTE.");
        }
        attendance = Attendance.IN_PERSON;
    }

    public void requireLive(String action) {
        if (!status.isLive()) {
            throw Refusal.conflict("not-live", "A " + status + " registration cannot be " + action + ".");
        }
    }

    private static void requireNationalityForVisa(boolean visa, String nationality) {
        if (visa && nationality == null) {
            throw Refusal.invalidField("nationality", "is required when visa support is requested");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String displayName() {
        return firstName == null ? null : firstName + " " + lastName;
    }

    public boolean holdsInPersonSeat() {
        return status == RegistrationStatus.CONFIRMED && attendance == Attendance.IN_PERSON;
    }

    public boolean isOwnedBy(String candidate) {
        return subject != null && subject.equals(candidate);
    }

    /** GDPR erasure: every personal field goes; what remains is anonymous and only counts. */
    public void erase(Instant when) {
        subject = null;
        firstName = null;
        lastName = null;
        email = null;
        organisation = null;
        jobTitle = null;
        country = null;
        nationality = null;
        accessibilityNeeds = null;
        visaSupportRequested = false;
        decisionReason = null;
        waitlistPosition = null;
        status = RegistrationStatus.ERASED;
        updatedAt = when;
    }
}
