package org.wsis.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A participant's place at a session, in the room or online. */
@Entity
@Table(name = "seat")
public class Seat {

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SeatMode mode;

    @Column(name = "reserved_at", nullable = false)
    public Instant reservedAt;

    @Embeddable
    public record Key(@Column(name = "session_id") UUID sessionId,
                      @Column(name = "participant_id") UUID participantId) implements Serializable {
    }
}
