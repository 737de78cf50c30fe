package org.wsis.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "room")
public class Room {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public int edition;

    @Column(nullable = false)
    public String name;

    /** In-person seats. */
    @Column(nullable = false)
    public int capacity;

    /** Whether the room can stream and take remote speakers. */
    @Column(nullable = false)
    public boolean hybrid;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
