package org.wsis.prizes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The contest of one edition: the aggregate whose phase gates every other operation. */
@Entity
@Table(name = "contest")
public class Contest {

    @Id
    public int edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContestPhase phase;

    @Column(name = "champions_per_category", nullable = false)
    public int championsPerCategory;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
