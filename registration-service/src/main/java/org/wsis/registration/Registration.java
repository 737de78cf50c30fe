package org.wsis.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
