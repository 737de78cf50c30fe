-- One contest per edition. Its phase only moves forward, one step at a time:
-- SUBMISSION -> REVIEW -> VOTING -> EVALUATION -> CLOSED.
CREATE TABLE contest (
    edition                INT         PRIMARY KEY,
    phase                  VARCHAR(20) NOT NULL,
    champions_per_category INT         NOT NULL CHECK (champions_per_category > 0),
    opened_at              TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    CHECK (phase IN ('SUBMISSION', 'REVIEW', 'VOTING', 'EVALUATION', 'CLOSED'))
);

-- Who moved the contest into which phase, and when (opening included).
CREATE TABLE contest_phase_change (
    id         BIGSERIAL    PRIMARY KEY,
    edition    INT          NOT NULL REFERENCES contest (edition),
    phase      VARCHAR(20)  NOT NULL,
    changed_by VARCHAR(255) NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX contest_phase_change_by_edition ON contest_phase_change (edition, id);

CREATE TABLE nomination (
    id                UUID          PRIMARY KEY,
    edition           INT           NOT NULL REFERENCES contest (edition),
    category          VARCHAR(30)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    organisation      VARCHAR(200)  NOT NULL,
    country           CHAR(2)       NOT NULL,
    stakeholder_group VARCHAR(40)   NOT NULL,
    description       TEXT          NOT NULL,
    project_url       VARCHAR(500)  NOT NULL,
    sdgs              INT[]         NOT NULL,
    -- token subject of the proposer; NULL once they are erased
    proposer          VARCHAR(255),
    status            VARCHAR(20)   NOT NULL,
    review_reason     VARCHAR(1000),
    reviewed_by       VARCHAR(255),
    reviewed_at       TIMESTAMPTZ,
    submitted_at      TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    CHECK (status IN ('SUBMITTED', 'NOMINATED', 'REJECTED'))
);
-- One project per organisation per category: "ITU", " itu " and "I T U" are the same organisation.
CREATE UNIQUE INDEX nomination_one_per_organisation
    ON nomination (edition, category, lower(regexp_replace(organisation, '\s', '', 'g')));
CREATE INDEX nomination_by_category ON nomination (edition, category, status);
CREATE INDEX nomination_by_proposer ON nomination (proposer, edition);

-- Running vote count per nomination, incremented in the vote's own transaction: tallies never
-- scan the votes.
CREATE TABLE nomination_tally (
    nomination_id UUID        PRIMARY KEY REFERENCES nomination (id),
    edition       INT         NOT NULL,
    category      VARCHAR(30) NOT NULL,
    votes         BIGINT      NOT NULL DEFAULT 0 CHECK (votes >= 0)
);
CREATE INDEX nomination_tally_ranking ON nomination_tally (edition, category, votes DESC);

-- The key of the voter pseudonyms (HMAC-SHA256); created once by the service, never leaves the database.
CREATE TABLE voter_key_secret (
    id     SMALLINT PRIMARY KEY CHECK (id = 1),
    secret BYTEA    NOT NULL
);

-- One vote per voter per category, whatever the races. voter_key is a keyed pseudonym of the
-- person (edition and token subject): it enforces the rule and survives erasure, which wipes the
-- readable voter, so an erased person who registers again still cannot vote twice.
CREATE TABLE vote (
    id            UUID         PRIMARY KEY,
    edition       INT          NOT NULL,
    voter         VARCHAR(255),
    voter_key     VARCHAR(64)  NOT NULL,
    category      VARCHAR(30)  NOT NULL,
    nomination_id UUID         NOT NULL REFERENCES nomination (id),
    receipt       VARCHAR(64)  NOT NULL,
    cast_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT vote_one_per_voter_and_category UNIQUE (edition, voter_key, category),
    CONSTRAINT vote_receipt_unique UNIQUE (receipt)
);
CREATE INDEX vote_by_voter ON vote (edition, voter);

-- Read model of wsis.participants: who may vote in which edition (CONFIRMED only).
CREATE TABLE eligible_voter (
    participant_id UUID         PRIMARY KEY,
    edition        INT          NOT NULL,
    subject        VARCHAR(255),
    display_name   VARCHAR(200),
    status         VARCHAR(20)  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX eligible_voter_by_subject ON eligible_voter (subject, edition);

-- Computed once, when VOTING ends.
CREATE TABLE champion (
    nomination_id UUID        PRIMARY KEY REFERENCES nomination (id),
    edition       INT         NOT NULL,
    category      VARCHAR(30) NOT NULL,
    votes         BIGINT      NOT NULL,
    rank          INT         NOT NULL
);
CREATE INDEX champion_by_category ON champion (edition, category, rank);

-- A winner must be a champion: the foreign key says so too.
CREATE TABLE category_winner (
    edition       INT          NOT NULL,
    category      VARCHAR(30)  NOT NULL,
    nomination_id UUID         NOT NULL REFERENCES champion (nomination_id),
    chosen_by     VARCHAR(255) NOT NULL,
    chosen_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (edition, category)
);
