-- sessions-service's own copy of the participants it needs to know about (speakers, attendees),
-- fed from the wsis.participants topic (registration-service owns the data). A tolerant copy:
-- status and stakeholder group are kept as received, without a closed list of values, so that a
-- new value on the producer's side never breaks the consumer.
CREATE TABLE participant (
    participant_id    UUID         PRIMARY KEY,
    subject           VARCHAR(255),
    edition           INT          NOT NULL,
    display_name      VARCHAR(300),
    status            VARCHAR(40)  NOT NULL,
    stakeholder_group VARCHAR(40),
    updated_at        TIMESTAMPTZ  NOT NULL,
    -- participant.erased: every personal field is gone
    CHECK (status <> 'ERASED' OR (subject IS NULL AND display_name IS NULL))
);

-- "Who am I in this edition?" for a caller's token (sub claim).
CREATE INDEX participant_by_subject ON participant (subject, edition);
