-- Anonymous community reports: a bad batch or an overdose, from the web form or by SMS. Never a phone number, a
-- name or a place finer than a zone: the text is scrubbed of anything that looks like a phone number or an email.
CREATE TABLE community_reports (
    id           UUID PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('BAD_BATCH', 'OVERDOSE')),
    zone_code    TEXT,
    text         TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
    channel      TEXT NOT NULL CHECK (channel IN ('WEB', 'SMS')),
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    status       TEXT NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'DISMISSED', 'USED')),
    triaged_by   TEXT,
    alert_id     UUID REFERENCES alerts (id)
);
CREATE INDEX community_reports_new ON community_reports (received_at DESC) WHERE status = 'NEW';

-- Overdoses seen, from responses recorded by peer workers (by event, without anything about the person) and from
-- community reports, for finding clusters: at least N in one zone within H hours.
CREATE TABLE overdose_signals (
    id           UUID PRIMARY KEY,
    zone_code    TEXT NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    source       TEXT NOT NULL CHECK (source IN ('RESPONSE', 'REPORT'))
);
CREATE INDEX overdose_signals_by_zone ON overdose_signals (zone_code, occurred_at);
