-- Exclusion constraints over (id, time range) need GiST operator classes for plain equality.
CREATE EXTENSION IF NOT EXISTS btree_gist;

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
    CHECK (status <> 'ERASED' OR (subject IS NULL AND display_name IS NULL AND stakeholder_group IS NULL))
);

-- "Who am I in this edition?" for a caller's token (sub claim).
CREATE INDEX participant_by_subject ON participant (subject, edition);

CREATE TABLE venue (
    edition      INT          PRIMARY KEY,
    start_date   DATE         NOT NULL,
    end_date     DATE         NOT NULL,
    time_zone    VARCHAR(64)  NOT NULL,
    daily_start  TIME         NOT NULL,
    daily_end    TIME         NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    CHECK (end_date >= start_date),
    CHECK (daily_end > daily_start)
);

CREATE TABLE room (
    id          UUID         PRIMARY KEY,
    edition     INT          NOT NULL,
    name        VARCHAR(120) NOT NULL,
    capacity    INT          NOT NULL CHECK (capacity > 0),
    hybrid      BOOLEAN      NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
-- names are unique per edition whatever their case, as the service checks them
CREATE UNIQUE INDEX room_name_per_edition ON room (edition, lower(name));

CREATE TABLE proposal (
    id                  UUID          PRIMARY KEY,
    edition             INT           NOT NULL,
    proposer_subject    VARCHAR(255),
    title               VARCHAR(200)  NOT NULL,
    summary             TEXT          NOT NULL,
    format              VARCHAR(60)   NOT NULL,
    action_lines        TEXT[]        NOT NULL,
    sdgs                INT[]         NOT NULL,
    mode                VARCHAR(20)   NOT NULL,
    duration_minutes    INT           NOT NULL,
    expected_audience   INT           NOT NULL,
    speaker_ids         UUID[]        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    decision_note       TEXT,
    session_id          UUID,
    created_at          TIMESTAMPTZ   NOT NULL,
    decided_at          TIMESTAMPTZ
);
CREATE INDEX proposal_by_edition ON proposal (edition, created_at);

CREATE TABLE forum_session (
    id                  UUID          PRIMARY KEY,
    edition             INT           NOT NULL,
    proposal_id         UUID          UNIQUE,
    title               VARCHAR(200)  NOT NULL,
    summary             TEXT          NOT NULL,
    format              VARCHAR(60)   NOT NULL,
    action_lines        TEXT[]        NOT NULL,
    sdgs                INT[]         NOT NULL,
    mode                VARCHAR(20)   NOT NULL,
    duration_minutes    INT           NOT NULL,
    expected_audience   INT           NOT NULL,
    speaker_ids         UUID[]        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    room_id             UUID          REFERENCES room (id),
    starts_at           TIMESTAMPTZ,
    ends_at             TIMESTAMPTZ,
    speaker_withdrawn   BOOLEAN       NOT NULL DEFAULT FALSE,
    -- prizes.winners-announced, as JSON: only on the PRIZE_CEREMONY session
    prize_winners       TEXT,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CHECK ((status = 'SCHEDULED') = (starts_at IS NOT NULL AND ends_at IS NOT NULL)),
    CHECK (ends_at > starts_at)
);
CREATE INDEX forum_session_by_edition ON forum_session (edition);
CREATE INDEX forum_session_by_speaker ON forum_session USING gin (speaker_ids);

-- The database, not the application, settles who gets a room or a speaker at a given time:
-- two organisers scheduling at the same moment can never both win. Half-open ranges: a session
-- may start when the previous one ends.
CREATE TABLE room_booking (
    session_id  UUID       PRIMARY KEY REFERENCES forum_session (id),
    room_id     UUID       NOT NULL REFERENCES room (id),
    during      TSTZRANGE  NOT NULL,
    CONSTRAINT room_double_booked EXCLUDE USING gist (room_id WITH =, during WITH &&)
);

CREATE TABLE speaker_booking (
    session_id      UUID       NOT NULL REFERENCES forum_session (id),
    participant_id  UUID       NOT NULL,
    during          TSTZRANGE  NOT NULL,
    PRIMARY KEY (session_id, participant_id),
    CONSTRAINT speaker_double_booked EXCLUDE USING gist (participant_id WITH =, during WITH &&)
);

CREATE TABLE seat (
    session_id      UUID         NOT NULL REFERENCES forum_session (id),
    participant_id  UUID         NOT NULL,
    mode            VARCHAR(20)  NOT NULL,
    reserved_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX seat_by_participant ON seat (participant_id);

-- A published agenda version: the SCHEDULED sessions as they were at release, as JSON. Speakers
-- are kept as participant ids only; names are resolved at read time, so erasure reaches them.
CREATE TABLE agenda_release (
    edition       INT          NOT NULL,
    version       INT          NOT NULL,
    published_at  TIMESTAMPTZ  NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    entries       TEXT         NOT NULL,
    PRIMARY KEY (edition, version)
);
