-- Overdose responses. Nothing about the person: no name, age or description, only what was done and how it ended.
CREATE TABLE overdose_responses (
    id                  UUID PRIMARY KEY,
    site_code           TEXT NOT NULL,
    zone_code           TEXT NOT NULL,
    occurred_at         TIMESTAMPTZ NOT NULL,
    substances          TEXT[] NOT NULL CHECK (cardinality(substances) > 0),
    naloxone_doses      INTEGER NOT NULL CHECK (naloxone_doses BETWEEN 0 AND 20),
    naloxone_form       TEXT CHECK (naloxone_form IN ('NASAL', 'INJECTABLE')),
    called_911          BOOLEAN NOT NULL,
    no_call_reason      TEXT CHECK (no_call_reason IN ('PERSON_RECOVERED', 'FEAR_OF_POLICE', 'NO_PHONE', 'OTHER')),
    stayed              BOOLEAN NOT NULL,
    outcome             TEXT NOT NULL CHECK (outcome IN ('RECOVERED_ON_SITE', 'TAKEN_TO_HOSPITAL', 'DIED', 'UNKNOWN')),
    responder           TEXT NOT NULL CHECK (responder IN ('PEER_WORKER', 'CLIENT', 'BYSTANDER')),
    doses_beyond_stock  BOOLEAN NOT NULL DEFAULT FALSE,
    recorded_by         TEXT NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((naloxone_doses = 0) = (naloxone_form IS NULL)),
    CHECK (called_911 = (no_call_reason IS NULL))
);
CREATE INDEX overdose_responses_by_site_and_time ON overdose_responses (site_code, occurred_at);
CREATE INDEX overdose_responses_by_time ON overdose_responses (occurred_at);

-- A responder asked the coordinator to check in with them after a response. Open until the coordinator marks it done.
CREATE TABLE check_in_requests (
    id            UUID PRIMARY KEY,
    response_id   UUID NOT NULL UNIQUE REFERENCES overdose_responses (id),
    site_code     TEXT NOT NULL,
    requested_by  TEXT NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    done_at       TIMESTAMPTZ,
    done_by       TEXT
);
CREATE INDEX open_check_in_requests ON check_in_requests (requested_at) WHERE done_at IS NULL;

-- Naloxone kits handed out, first kits and replacements with why the earlier kit is gone, as take-home naloxone
-- programs report them. The kit itself leaves stock through the supplies ledger (distribution_id).
CREATE TABLE naloxone_handouts (
    distribution_id     UUID PRIMARY KEY,
    site_code           TEXT NOT NULL,
    occurred_at         TIMESTAMPTZ NOT NULL,
    item_code           TEXT NOT NULL,
    quantity            INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100),
    replacement_reason  TEXT CHECK (replacement_reason IN ('USED', 'LOST', 'STOLEN', 'CONFISCATED', 'EXPIRED')),
    recorded_by         TEXT NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX naloxone_handouts_by_site_and_time ON naloxone_handouts (site_code, occurred_at);
