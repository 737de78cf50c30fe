package org.wsis.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wsis.common.events.participants.ParticipantStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * This service's tolerant copy of a registration (registration-service owns it): enough to know
 * who may speak and attend, and the name to print in the agenda.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @Column(name = "participant_id")
    public UUID id;

    public String subject;

    @Column(nullable = false)
    public int edition;

    @Column(name = "display_name")
    public String displayName;

    /** As reported; a value newer than this build is kept as OTHER (see ParticipantStatus). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;

    @Column(name = "stakeholder_group")
    public String stakeholderGroup;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isConfirmed() {
        return status == ParticipantStatus.CONFIRMED;
    }

    /** Registered and still in: may be named as a speaker. */
    public boolean isRegistered() {
        return status.isLive();
    }

    public boolean hasWithdrawn() {
        return status == ParticipantStatus.CANCELLED || status == ParticipantStatus.ERASED;
    }

    public void erase(Instant when) {
        subject = null;
        displayName = null;
        stakeholderGroup = null;
        status = ParticipantStatus.ERASED;
        updatedAt = when;
    }
}
