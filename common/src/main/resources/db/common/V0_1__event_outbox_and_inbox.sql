-- Shared by every service (Flyway location db/common). Versions 0.x sort before the services' own.

-- Transactional outbox: written in the same transaction as the state change, drained by the relay.
CREATE TABLE outbox_event (
    id           BIGSERIAL    PRIMARY KEY,
    event_id     UUID         NOT NULL UNIQUE,
    topic        VARCHAR(200) NOT NULL,
    record_key   VARCHAR(200) NOT NULL,
    type         VARCHAR(200) NOT NULL,
    payload      TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at      TIMESTAMPTZ
);
CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent_at ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent inbox: one row per event a consumer has applied, written in the same transaction.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    type         VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Records a consumer could not apply: kept for an operator, never blocking the partition.
CREATE TABLE parked_event (
    id           BIGSERIAL    PRIMARY KEY,
    consumer     VARCHAR(100) NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    kafka_partition INT       NOT NULL,
    kafka_offset BIGINT       NOT NULL,
    record_key   TEXT,
    payload      TEXT,
    error        TEXT         NOT NULL,
    parked_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (consumer, topic, kafka_partition, kafka_offset)
);
