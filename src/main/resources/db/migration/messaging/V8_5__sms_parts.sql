-- Parts of a long SMS a phone sent as several deliver_sm, kept only until the last part arrives (then they are
-- joined, routed once and deleted in the same transaction) or until the limit passes (then they are deleted and
-- nothing is routed). Either node may receive any part, so they wait here, not in memory. The sender is kept as
-- its keyed hash only; the text is whatever a person wrote, so it is kept no longer than that.
CREATE TABLE sms_parts (
    sender_hash  TEXT NOT NULL,
    reference    INTEGER NOT NULL CHECK (reference BETWEEN 0 AND 65535),
    total        INTEGER NOT NULL CHECK (total BETWEEN 2 AND 255),
    part         INTEGER NOT NULL CHECK (part BETWEEN 1 AND total),
    text         TEXT NOT NULL CHECK (length(text) <= 1600),
    arrived_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sender_hash, reference, total, part)
);
CREATE INDEX sms_parts_by_arrival ON sms_parts (arrived_at);
