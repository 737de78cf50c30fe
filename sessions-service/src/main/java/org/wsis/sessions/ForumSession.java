package org.wsis.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
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

    /** JSON array of the prize winners shown at a PRIZE_CEREMONY session. */
    @Column(name = "prize_winners")
    public String prizeWinners;

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

    public void schedule(UUID room, Instant start, Instant end, Instant now) {
        roomId = room;
        startsAt = start;
        endsAt = end;
        status = SessionStatus.SCHEDULED;
        updatedAt = now;
    }

    public void unschedule(Instant now) {
        roomId = null;
        startsAt = null;
        endsAt = null;
        status = SessionStatus.UNSCHEDULED;
        updatedAt = now;
    }

    public void cancel(Instant now) {
        unschedule(now);
        status = SessionStatus.CANCELLED;
    }
}
