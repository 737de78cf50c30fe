-- Vote integrity signals: how long the voter's account had been CONFIRMED when they voted.

-- When the participant was first reported CONFIRMED (the event's time); kept on later events.
-- NULL for rows applied before this migration: their votes do not count as from new accounts.
ALTER TABLE eligible_voter ADD COLUMN confirmed_at TIMESTAMPTZ;

-- Copied from the voter roll when the vote is cast. Not personal on its own (the readable voter
-- is wiped by erasure, this stays), so the signals of past votes survive erasure.
ALTER TABLE vote ADD COLUMN voter_confirmed_at TIMESTAMPTZ;

-- The signals read the last minutes of an edition's votes.
CREATE INDEX vote_by_time ON vote (edition, cast_at);
