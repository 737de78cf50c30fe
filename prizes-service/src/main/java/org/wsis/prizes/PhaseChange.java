package org.wsis.prizes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of a contest's phase history: who moved it into which phase, and when. */
@Entity
@Table(name = "contest_phase_change")
public class PhaseChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public int edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ContestPhase phase;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    public static PhaseChange of(int edition, ContestPhase phase, String changedBy, Instant changedAt) {
        PhaseChange change = new PhaseChange();
        change.edition = edition;
        change.phase = phase;
        change.changedBy = changedBy;
        change.changedAt = changedAt;
        return change;
    }
}
