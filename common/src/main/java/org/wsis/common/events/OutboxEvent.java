package org.wsis.common.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event waiting in (or already sent from) the transactional outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "record_key", nullable = false, updatable = false)
    public String recordKey;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** The W3C traceparent of the span that wrote the event; null when tracing is off. */
    @Column(updatable = false)
    public String traceparent;

    @Column(name = "sent_at")
    public Instant sentAt;
}
