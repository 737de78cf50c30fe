-- One contest per edition. Its phase only moves forward, one step at a time:
-- SUBMISSION -> REVIEW -> VOTING -> EVALUATION -> CLOSED.
CREATE TABLE contest (
    edition                INT         PRIMARY KEY,
    phase                  VARCHAR(20) NOT NULL,
    champions_per_category INT         NOT NULL CHECK (champions_per_category > 0),
    updated_at             TIMESTAMPTZ NOT NULL,
    CHECK (phase IN ('SUBMISSION', 'REVIEW', 'VOTING', 'EVALUATION', 'CLOSED'))
);
