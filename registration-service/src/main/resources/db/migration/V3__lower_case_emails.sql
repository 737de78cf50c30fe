-- Emails are now stored normalised (trimmed, NFC, lower case; ASCII only). Rows stored before were
-- already trimmed, and the unique index compares lower(email), so lower-casing them changes no index
-- value and cannot collide. NFC is not applied here: only non-ASCII addresses, which are no longer
-- accepted, could change, and two live ones could then collide and stop the migration; they stay as
-- they are (a new, ASCII-only address can never match them) for an organiser to review.
UPDATE registration SET email = lower(email) WHERE email <> lower(email);
