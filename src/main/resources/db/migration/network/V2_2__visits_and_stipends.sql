-- A coordinator's visit to a site: what they saw, counted in the observation guide's categories, the incidents, and
-- notes that never hold names or contact details (checked before saving).
CREATE TABLE site_visits (
    id                        UUID PRIMARY KEY,
    site_code                 TEXT NOT NULL REFERENCES sites (code),
    visited_on                DATE NOT NULL,
    minutes                   INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    equipment_distribution    INTEGER NOT NULL DEFAULT 0 CHECK (equipment_distribution >= 0),
    harm_reduction_education  INTEGER NOT NULL DEFAULT 0 CHECK (harm_reduction_education >= 0),
    naloxone_distribution     INTEGER NOT NULL DEFAULT 0 CHECK (naloxone_distribution >= 0),
    overdose_education        INTEGER NOT NULL DEFAULT 0 CHECK (overdose_education >= 0),
    overdose_intervention     INTEGER NOT NULL DEFAULT 0 CHECK (overdose_intervention >= 0),
    referrals                 INTEGER NOT NULL DEFAULT 0 CHECK (referrals >= 0),
    police                    INTEGER NOT NULL DEFAULT 0 CHECK (police >= 0),
    paramedics                INTEGER NOT NULL DEFAULT 0 CHECK (paramedics >= 0),
    violence                  INTEGER NOT NULL DEFAULT 0 CHECK (violence >= 0),
    notes                     TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    recorded_by               TEXT NOT NULL,
    recorded_at               TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX site_visits_by_site ON site_visits (site_code, visited_on DESC);

-- What each peer worker is paid: a monthly stipend, one payment record per month, and honoraria with a reason.
-- Amounts in cents.
CREATE TABLE stipends (
    peer_worker_id  BIGINT PRIMARY KEY REFERENCES peer_workers (id),
    monthly_cents   INTEGER NOT NULL CHECK (monthly_cents BETWEEN 0 AND 1000000),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE stipend_payments (
    peer_worker_id  BIGINT NOT NULL REFERENCES peer_workers (id),
    month           DATE NOT NULL CHECK (extract(day FROM month) = 1),
    amount_cents    INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 1000000),
    paid_on         DATE NOT NULL,
    method          TEXT NOT NULL CHECK (method IN ('CASH', 'CHEQUE', 'E_TRANSFER', 'PREPAID_CARD')),
    recorded_by     TEXT NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (peer_worker_id, month)
);

CREATE TABLE honoraria (
    id              UUID PRIMARY KEY,
    peer_worker_id  BIGINT NOT NULL REFERENCES peer_workers (id),
    amount_cents    INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND 1000000),
    reason          TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    paid_on         DATE NOT NULL,
    method          TEXT NOT NULL CHECK (method IN ('CASH', 'CHEQUE', 'E_TRANSFER', 'PREPAID_CARD')),
    recorded_by     TEXT NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
