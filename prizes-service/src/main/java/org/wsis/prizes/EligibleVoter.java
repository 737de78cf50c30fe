package org.wsis.prizes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * This service's copy of a registration, from {@code wsis.participants}: only CONFIRMED ones may
 * vote. Personal fields are wiped when the participant is erased.
 */
@Entity
@Table(name = "eligible_voter")
public class EligibleVoter {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String ERASED = "ERASED";

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(nullable = false)
    public int edition;

    public String subject;

    @Column(name = "display_name")
    public String displayName;

    /** The registration status as last reported (PENDING, CONFIRMED, CANCELLED, ...). */
    @Column(nullable = false)
    public String status;

    /** When the participant was first reported CONFIRMED; null if never (or before this was recorded). */
    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
