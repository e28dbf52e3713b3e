-- Rate limits shared by every node (SharedLimits, decision 0060): one row per bucket, written by Bucket4j's
-- PostgreSQL "select for update" proxy. The id is the limit's name and shape followed by the caller's key (for public
-- limits, a keyed hash of the client's address, never the address). A row expires once its bucket would be full
-- again, so it says nothing any more, and SharedLimits deletes expired rows every minute.
CREATE TABLE shared_limits (
    id          TEXT PRIMARY KEY CHECK (length(id) <= 400),
    state       BYTEA,
    expires_at  BIGINT
);

CREATE INDEX shared_limits_expires_at ON shared_limits (expires_at);
