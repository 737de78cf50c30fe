-- Rate-limit counts shared by every instance of a service (RateLimiter): one row per bucket and key
-- (identity or client address), the window it is in and the calls counted in it. The key is the first
-- 16 bytes of a SHA-256 of "bucket|sub|<subject>" or "bucket|ip|<address>": no subject or address is
-- stored in clear.
--
-- A key's window opens at its first call after the previous one ended (the rule RateLimiter has always
-- applied), so a key has one current window and the key alone is the primary key: the upsert that counts
-- a batch restarts an ended window in place instead of adding a row per window.
--
-- UNLOGGED: the counts are one-minute advisory counters. Nothing of them goes to the WAL, so counting
-- costs no WAL write and its commit waits for no flush; after a crash (or on a promoted replica) the
-- table starts empty, which lets every caller start a fresh window once.
CREATE UNLOGGED TABLE rate_limit_window (
    key_hash     BYTEA       NOT NULL PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    hits         INT         NOT NULL
);
-- No index on window_start: the clean-up that deletes ended windows runs at most once a minute and scans
-- the table (one row per key active lately), while an index would cost every count that opens a window.
