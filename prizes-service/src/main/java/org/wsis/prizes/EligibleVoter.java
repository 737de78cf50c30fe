package org.wsis.prizes;

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
 * This service's copy of a registration, from {@code wsis.participants}: only CONFIRMED ones may
 * vote. Personal fields are wiped when the participant is erased.
 */
@Entity
@Table(name = "eligible_voter")
public class EligibleVoter {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(nullable = false)
    public int edition;

    public String subject;

    @Column(name = "display_name")
    public String displayName;

    /** The registration status as last reported; ERASED is final. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;

    /** When the participant was first reported CONFIRMED; null if never (or before this was recorded). */
    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
