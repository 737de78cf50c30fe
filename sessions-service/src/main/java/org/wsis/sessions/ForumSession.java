package org.wsis.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.wsis.common.domain.Refusal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session of the Forum programme: the aggregate of this service. */
@Entity
@Table(name = "forum_session")
public class ForumSession {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public int edition;

    @Column(name = "proposal_id")
    public UUID proposalId;

    @Embedded
    public SessionContent content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status;

    @Column(name = "room_id")
    public UUID roomId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** A speaker cancelled their registration or was erased: organisers must act. */
    @Column(name = "speaker_withdrawn", nullable = false)
    public boolean speakerWithdrawn;

    /** The prize winners shown at a PRIZE_CEREMONY session; null for any other session. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "prize_winners")
    public List<PrizeWinner> prizeWinners;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static ForumSession of(int edition, SessionContent content, UUID proposalId, Instant now) {
        ForumSession session = new ForumSession();
        session.id = UUID.randomUUID();
        session.edition = edition;
        session.proposalId = proposalId;
        session.content = content;
        session.status = SessionStatus.UNSCHEDULED;
        session.createdAt = now;
        session.updatedAt = now;
        return session;
    }

    /** Into a slot, or to another one; a CANCELLED session stays off the timetable. */
    public void schedule(UUID room, Instant start, Instant end, Instant now) {
        requireSchedulable();
        roomId = room;
        startsAt = start;
        endsAt = end;
        status = SessionStatus.SCHEDULED;
        updatedAt = now;
    }

    /** Checked before anything else is booked for the session: see {@link #schedule}. */
    public void requireSchedulable() {
        if (status == SessionStatus.CANCELLED) {
            throw Refusal.conflict("session-cancelled", "Session " + id + " is cancelled.");
        }
    }

    /** Back to UNSCHEDULED, off its slot; only a SCHEDULED session has one. */
    public void unschedule(Instant now) {
        if (status != SessionStatus.SCHEDULED) {
            throw Refusal.conflict("not-scheduled", "Session " + id + " is " + status + ".");
        }
        clearSlot(now);
        status = SessionStatus.UNSCHEDULED;
    }

    /** CANCELLED is final. */
    public void cancel(Instant now) {
        if (status == SessionStatus.CANCELLED) {
            throw Refusal.conflict("already-cancelled", "Session " + id + " is already cancelled.");
        }
        clearSlot(now);
        status = SessionStatus.CANCELLED;
    }

    /** A speaker cancelled their registration or was erased: flagged for the organisers, whatever the status. */
    public void speakerWithdrew(Instant now) {
        speakerWithdrawn = true;
        updatedAt = now;
    }

    /** The winners a prize ceremony shows, replacing any announced before (a correction). */
    public void showPrizeWinners(List<PrizeWinner> winners, Instant now) {
        if (content.format != SessionFormat.PRIZE_CEREMONY) {
            throw Refusal.unprocessable("not-a-prize-ceremony", "Session " + id + " is no PRIZE_CEREMONY.");
        }
        prizeWinners = List.copyOf(winners);
        updatedAt = now;
    }

    private void clearSlot(Instant now) {
        roomId = null;
        startsAt = null;
        endsAt = null;
        updatedAt = now;
    }
}
