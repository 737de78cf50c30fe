package org.wsis.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wsis.common.events.ParticipantStatuses;

import java.time.Instant;
import java.util.UUID;

/**
 * This service's tolerant copy of a registration (registration-service owns it): enough to know
 * who may speak and attend, and the name to print in the agenda.
 */
@Entity
@Table(name = "participant")
public class Participant {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String CANCELLED = "CANCELLED";
    public static final String ERASED = "ERASED";

    @Id
    @Column(name = "participant_id")
    public UUID id;

    public String subject;

    @Column(nullable = false)
    public int edition;

    @Column(name = "display_name")
    public String displayName;

    /** As received; not a closed enum so that a new producer value never breaks this consumer. */
    @Column(nullable = false)
    public String status;

    @Column(name = "stakeholder_group")
    public String stakeholderGroup;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isConfirmed() {
        return CONFIRMED.equals(status);
    }

    /** Registered and still in: may be named as a speaker. */
    public boolean isRegistered() {
        return ParticipantStatuses.isLive(status);
    }

    public boolean hasWithdrawn() {
        return CANCELLED.equals(status) || ERASED.equals(status);
    }

    public void erase(Instant when) {
        subject = null;
        displayName = null;
        stakeholderGroup = null;
        status = ERASED;
        updatedAt = when;
    }
}
