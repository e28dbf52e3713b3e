-- Delivery receipts that arrived before the message they are about was recorded sent: an SMS centre may send the
-- receipt within milliseconds of accepting a message, to either node, before the sender's "sent" mark commits. The
-- mark applies them and deletes them in the same statement; one never matched is deleted after a day. Only the SMS
-- centre's message id and the outcome: no number, no text.
CREATE TABLE sms_receipts_early (
    message_id  TEXT PRIMARY KEY,
    outcome     TEXT NOT NULL,
    arrived_at  TIMESTAMPTZ NOT NULL DEFAULT program_now()
);
