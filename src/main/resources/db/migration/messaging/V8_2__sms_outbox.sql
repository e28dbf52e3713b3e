-- SMS waiting to go out, going out, and gone. One row per message, unique by a key the sending module makes
-- (for an alert: the alert, the subscriber and the channel), so that nothing is ever queued twice.
-- The number is kept sealed (AES-GCM) until the message has left, then erased; the keyed hash stays so that
-- STOP can cancel what is still waiting for that number.
CREATE TABLE sms_outbox (
    id               BIGSERIAL PRIMARY KEY,
    key              TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 200),
    batch            TEXT,
    to_sealed        TEXT,
    to_hash          TEXT NOT NULL,
    text             TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1600),
    state            TEXT NOT NULL DEFAULT 'QUEUED'
                       CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_by       TEXT,
    claimed_until    TIMESTAMPTZ,
    message_ids      TEXT[],
    segments         INTEGER,
    last_error       TEXT,
    queued_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at          TIMESTAMPTZ,
    done_at          TIMESTAMPTZ,
    CHECK (state NOT IN ('QUEUED', 'SENDING') OR to_sealed IS NOT NULL)
);
CREATE INDEX sms_outbox_due ON sms_outbox (next_attempt_at, id) WHERE state = 'QUEUED';
CREATE INDEX sms_outbox_abandoned ON sms_outbox (claimed_until) WHERE state = 'SENDING';
CREATE INDEX sms_outbox_by_batch ON sms_outbox (batch, state);
CREATE INDEX sms_outbox_pending_by_number ON sms_outbox (to_hash) WHERE state IN ('QUEUED', 'SENDING');
CREATE INDEX sms_outbox_by_message_id ON sms_outbox USING GIN (message_ids);
