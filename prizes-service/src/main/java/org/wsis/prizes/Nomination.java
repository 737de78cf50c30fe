package org.wsis.prizes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.wsis.common.domain.Refusal;
import org.hibernate.type.SqlTypes;
import org.wsis.common.reference.ActionLine;
import org.wsis.common.reference.StakeholderGroup;

import java.time.Instant;
import java.util.UUID;

/** A project submitted to one prize category of an edition. */
@Entity
@Table(name = "nomination")
public class Nomination {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public int edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ActionLine category;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "stakeholder_group", nullable = false)
    public StakeholderGroup stakeholderGroup;

    @Column(nullable = false)
    public String description;

    @Column(name = "project_url", nullable = false)
    public String projectUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public Integer[] sdgs;

    /** Token subject of the participant who submitted it; null once they are erased. */
    public String proposer;

    /** The proposer's live registration when they submitted (null if the voter roll knew none). */
    @Column(name = "proposer_participant_id", updatable = false)
    public UUID proposerParticipantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isProposedBy(String subject) {
        return proposer != null && proposer.equals(subject);
    }

    /** A reviewer puts a SUBMITTED project on the ballot. */
    public void nominate(String reviewer, String reason, Instant now) {
        review(NominationStatus.NOMINATED, reviewer, reason, now);
    }

    /** A reviewer keeps a SUBMITTED project off the ballot. */
    public void reject(String reviewer, String reason, Instant now) {
        review(NominationStatus.REJECTED, reviewer, reason, now);
    }

    /** One review per project: the decision is final (votes and the proposer rely on it). */
    private void review(NominationStatus decision, String reviewer, String reason, Instant now) {
        if (status != NominationStatus.SUBMITTED) {
            throw Refusal.conflict("already-reviewed", "Nomination " + id + " was already reviewed: it is "
                    + status + ".").with("status", status);
        }
        status = decision;
        reviewReason = reason == null || reason.isBlank() ? null : reason.trim();
        reviewedBy = reviewer;
        reviewedAt = now;
        updatedAt = now;
    }
}
