-- The "email already taken" check (edition, lower(email), live statuses) runs as a prepared statement
-- whose generic plan cannot prove the partial unique index's predicate, so it scanned every live
-- registration of the edition: O(n) per registration. A plain index answers it in O(log n).
CREATE INDEX registration_by_email ON registration (edition, lower(email));
