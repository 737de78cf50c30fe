package org.wsis.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** One published version of an edition's agenda: a frozen snapshot of its SCHEDULED sessions. */
@Entity
@Table(name = "agenda_release")
public class AgendaRelease {

    @EmbeddedId
    public Key key;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** JSON array of {@code AgendaEntry}. */
    @Column(nullable = false)
    public String entries;

    @Embeddable
    public record Key(@Column(name = "edition") int edition, @Column(name = "version") int version)
            implements Serializable {
    }
}
