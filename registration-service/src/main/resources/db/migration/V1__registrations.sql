CREATE TABLE registration_settings (
    edition            INT         PRIMARY KEY,
    in_person_capacity INT         NOT NULL CHECK (in_person_capacity >= 0),
    opens_at           TIMESTAMPTZ NOT NULL,
    closes_at          TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    CHECK (closes_at > opens_at)
);

CREATE SEQUENCE waitlist_position_seq;

CREATE TABLE registration (
    id                      UUID         PRIMARY KEY,
    edition                 INT          NOT NULL REFERENCES registration_settings (edition),
    subject                 VARCHAR(255),
    status                  VARCHAR(20)  NOT NULL,
    first_name              VARCHAR(100),
    last_name               VARCHAR(100),
    email                   VARCHAR(254),
    organisation            VARCHAR(200),
    job_title               VARCHAR(200),
    country                 CHAR(2),
    nationality             CHAR(2),
    stakeholder_group       VARCHAR(40)  NOT NULL,
    attendance              VARCHAR(20)  NOT NULL,
    visa_support_requested  BOOLEAN      NOT NULL DEFAULT FALSE,
    accessibility_needs     VARCHAR(1000),
    consent_given_at        TIMESTAMPTZ,
    waitlist_position       BIGINT,
    decision_reason         VARCHAR(1000),
    created_at              TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CHECK (status IN ('PENDING', 'CONFIRMED', 'WAITLISTED', 'REJECTED', 'CANCELLED', 'ERASED')),
    CHECK (attendance IN ('IN_PERSON', 'REMOTE')),
    CHECK (status <> 'WAITLISTED' OR (attendance = 'IN_PERSON' AND waitlist_position IS NOT NULL)),
    CHECK (status <> 'ERASED' OR (subject IS NULL AND email IS NULL AND first_name IS NULL AND last_name IS NULL))
);

-- One live registration per person and per email per edition, whatever the races.
CREATE UNIQUE INDEX registration_live_subject ON registration (edition, subject)
    WHERE status IN ('PENDING', 'CONFIRMED', 'WAITLISTED');
CREATE UNIQUE INDEX registration_live_email ON registration (edition, lower(email))
    WHERE status IN ('PENDING', 'CONFIRMED', 'WAITLISTED');

CREATE INDEX registration_by_status ON registration (edition, status, attendance);
CREATE INDEX registration_waitlist ON registration (edition, waitlist_position) WHERE status = 'WAITLISTED';
CREATE INDEX registration_by_subject ON registration (subject, edition);
