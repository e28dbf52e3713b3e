-- The services directory coordinators keep current, in English and French. Directions are words ("two blocks east
-- of the subway"), never a street address of a person. The service's own phone is sealed like every number.
CREATE TABLE services (
    id             BIGSERIAL PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('PRIMARY_CARE', 'HIV_HCV_TESTING', 'TREATMENT_OAT', 'HOUSING',
                     'MENTAL_HEALTH', 'LEGAL', 'INCOME', 'DRUG_CHECKING')),
    name_en        TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 120),
    name_fr        TEXT NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 120),
    hours_en       TEXT NOT NULL DEFAULT '',
    hours_fr       TEXT NOT NULL DEFAULT '',
    directions_en  TEXT NOT NULL DEFAULT '',
    directions_fr  TEXT NOT NULL DEFAULT '',
    phone_sealed   TEXT,
    languages      TEXT NOT NULL DEFAULT '',
    active         BOOLEAN NOT NULL DEFAULT TRUE,
    updated_by     TEXT NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A referral: a kind of service and, when known, which one. Nobody's identity.
CREATE TABLE referrals (
    id           UUID PRIMARY KEY,
    site_code    TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('PRIMARY_CARE', 'HIV_HCV_TESTING', 'TREATMENT_OAT', 'HOUSING',
                   'MENTAL_HEALTH', 'LEGAL', 'INCOME', 'DRUG_CHECKING')),
    service_id   BIGINT REFERENCES services (id),
    occurred_at  TIMESTAMPTZ NOT NULL,
    outcome      TEXT CHECK (outcome IN ('WENT', 'DID_NOT_GO', 'UNKNOWN')),
    outcome_at   TIMESTAMPTZ,
    recorded_by  TEXT NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX referrals_by_site_and_time ON referrals (site_code, occurred_at);
