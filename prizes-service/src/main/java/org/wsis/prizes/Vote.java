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
 * never changed except for the voter's pseudonymisation on erasure.
 */
@Entity
@Table(name = "vote")
public class Vote {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public int edition;

    /** Token subject of the voter, or an irreversible pseudonym once they are erased. */
    @Column(nullable = false)
    public String voter;

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
}
