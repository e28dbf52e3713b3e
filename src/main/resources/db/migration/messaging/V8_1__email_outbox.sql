-- The email outbox: every email is written here in the transaction that decides to send it, then sent by a
-- background worker. The address is sealed (AES-GCM, see privacy.FieldCipher) and erased once the email is sent.
CREATE TABLE email_outbox (
    key              TEXT PRIMARY KEY,
    recipient        TEXT,
    subject          TEXT NOT NULL,
    text_body        TEXT NOT NULL,
    html_body        TEXT,
    unsubscribe_url  TEXT,
    state            TEXT NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'SENT', 'FAILED')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error       TEXT,
    queued_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at          TIMESTAMPTZ,
    CONSTRAINT sent_emails_keep_no_address CHECK (state = 'QUEUED' OR recipient IS NULL)
);

CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at) WHERE state = 'QUEUED';

CREATE TABLE email_attachments (
    email_key     TEXT NOT NULL REFERENCES email_outbox (key) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    file_name     TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    content       BYTEA NOT NULL,
    PRIMARY KEY (email_key, position)
);
