-- Why a message ended as it did (delivery receipt or the SMS centre's answer, see SmsOutcome), and how many times the
-- SMS centre asked to slow down while it went out. A throttled answer is never a failed attempt (decision 0065).
ALTER TABLE sms_outbox
    ADD COLUMN outcome TEXT,
    ADD COLUMN throttled INTEGER NOT NULL DEFAULT 0;

-- The contract's send rate, shared by every node: the next free submission slot of the whole deployment. A node
-- reserves a few slots at a time by moving it on, so the nodes together never send faster than the contract
-- (decision 0065). One row.
CREATE TABLE sms_send_rate (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    next_slot  TIMESTAMPTZ NOT NULL
);
INSERT INTO sms_send_rate (id, next_slot) VALUES (1, now());

-- Times a node could not reach the SMS centre, kept so that an alert's delivery page can still say, after the
-- outage, that its messages waited and for how long (decision 0067). No number, no text: only when and why.
CREATE TABLE sms_gateway_outages (
    id          BIGSERIAL PRIMARY KEY,
    node        TEXT NOT NULL,
    problem     TEXT NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    ended_at    TIMESTAMPTZ
);
CREATE INDEX sms_gateway_outages_by_time ON sms_gateway_outages (started_at);
