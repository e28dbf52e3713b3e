-- Drug market alerts. Substances are free text (canonical names where the drug checking vocabulary gives them) with
-- their classes for matching subscriptions (decision 0032). An empty zone list means every zone.
-- An update or a cancellation is an alert of its own that refers to the alert it changes.
CREATE TABLE alerts (
    id               UUID PRIMARY KEY,
    kind             TEXT NOT NULL DEFAULT 'ALERT' CHECK (kind IN ('ALERT', 'UPDATE', 'CANCEL')),
    refers_to        UUID REFERENCES alerts (id),
    status           TEXT NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'ISSUED', 'UPDATED', 'CANCELLED', 'EXPIRED')),
    severity         TEXT NOT NULL CHECK (severity IN ('ADVISORY', 'WARNING', 'URGENT')),
    zones            TEXT[] NOT NULL DEFAULT '{}',
    substances       TEXT[] NOT NULL DEFAULT '{}',
    classes          TEXT[] NOT NULL DEFAULT '{}',
    description      TEXT,
    headline_en      TEXT NOT NULL,
    headline_fr      TEXT NOT NULL,
    body_en          TEXT NOT NULL,
    body_fr          TEXT NOT NULL,
    instruction_en   TEXT NOT NULL,
    instruction_fr   TEXT NOT NULL,
    sms_en           TEXT NOT NULL,
    sms_fr           TEXT NOT NULL,
    effective_from   TIMESTAMPTZ NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL,
    sources          TEXT[] NOT NULL DEFAULT '{}',
    suggested        BOOLEAN NOT NULL DEFAULT FALSE,
    drafted_by       TEXT NOT NULL,
    approved_by      TEXT,
    approved_at      TIMESTAMPTZ,
    issued_by        TEXT,
    issued_at        TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (expires_at > effective_from),
    CHECK ((kind = 'ALERT') = (refers_to IS NULL))
);
CREATE INDEX alerts_by_status ON alerts (status, issued_at DESC);

-- Subscribers: a phone number or an email address, sealed (AES-GCM) and found by keyed hash only.
-- An empty zone or class list with the "all" flag means every zone or class.
CREATE TABLE subscribers (
    id                BIGSERIAL PRIMARY KEY,
    channel           TEXT NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    contact_sealed    TEXT NOT NULL,
    contact_hash      TEXT NOT NULL UNIQUE,
    language          TEXT NOT NULL CHECK (language IN ('en', 'fr')),
    minimum_severity  SMALLINT NOT NULL DEFAULT 1 CHECK (minimum_severity BETWEEN 1 AND 3),
    all_zones         BOOLEAN NOT NULL DEFAULT FALSE,
    zones             TEXT[] NOT NULL DEFAULT '{}',
    all_classes       BOOLEAN NOT NULL DEFAULT TRUE,
    classes           TEXT[] NOT NULL DEFAULT '{}',
    confirmed_at      TIMESTAMPTZ,
    token_hash        TEXT UNIQUE,
    token_expires_at  TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX subscribers_confirmed ON subscribers (channel, id) WHERE confirmed_at IS NOT NULL;

-- Who an alert went to: one row per alert and subscriber, so that a fan-out repeated after a crash adds nobody
-- twice, and so that an update or a cancellation reaches the same people. Gone with the subscriber on STOP.
CREATE TABLE alert_recipients (
    alert_id       UUID NOT NULL REFERENCES alerts (id),
    subscriber_id  BIGINT NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    queued         BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (alert_id, subscriber_id)
);
CREATE INDEX alert_recipients_to_queue ON alert_recipients (alert_id, subscriber_id) WHERE NOT queued;
