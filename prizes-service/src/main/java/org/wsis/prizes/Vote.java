package org.wsis.prizes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wsis.common.reference.ActionLine;

import java.time.Instant;
import java.util.UUID;

/**
 * One counted vote. Inserted with {@code ON CONFLICT DO NOTHING} (see VoteRepository), read here;
 * never changed except that erasure wipes the readable voter.
 */
@Entity
@Table(name = "vote")
public class Vote {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public int edition;

    /** Token subject of the voter; null once they are erased. */
    public String voter;

    /** The voter's registration the vote was cast under: erasing that registration pseudonymises it. */
    @Column(name = "voter_participant_id", updatable = false)
    public UUID voterParticipantId;

    /** Keyed pseudonym of the voter (see VoterKeys): what one-vote-per-category is enforced on. */
    @Column(name = "voter_key", nullable = false, updatable = false)
    public String voterKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ActionLine category;

    @Column(name = "nomination_id", nullable = false, updatable = false)
    public UUID nominationId;

    /** The unguessable token that lets anyone check the vote was counted. */
    @Column(nullable = false, updatable = false)
    public String receipt;

    @Column(name = "cast_at", nullable = false, updatable = false)
    public Instant castAt;

    /** When the voter's registration was CONFIRMED, as the voter roll knew at cast time (integrity signals). */
    @Column(name = "voter_confirmed_at", updatable = false)
    public Instant voterConfirmedAt;
}
