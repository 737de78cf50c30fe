-- The W3C traceparent of the request that wrote the event (null when tracing is off): the relay's span
-- continues that trace, and the record's traceparent header carries it to the consumers.
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(55);
