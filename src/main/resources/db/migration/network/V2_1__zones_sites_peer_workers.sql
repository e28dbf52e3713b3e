-- Zones are coarse areas; a site is known by its code and zone, never by an address.
CREATE TABLE zones (
    code     TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,20}$'),
    name_en  TEXT NOT NULL,
    name_fr  TEXT NOT NULL
);

CREATE TABLE sites (
    code       TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,20}$'),
    zone_code  TEXT NOT NULL REFERENCES zones (code),
    kind       TEXT NOT NULL CHECK (kind IN ('HOME', 'HOUSING', 'MOBILE', 'SECONDARY_DISTRIBUTOR')),
    opened_on  DATE NOT NULL,
    closed_on  DATE,
    CHECK (closed_on IS NULL OR closed_on >= opened_on)
);

-- A peer worker is a handle chosen by the program. The program phone number, when there is one, is stored
-- only sealed (AES-GCM, with the key id) and as a keyed hash for finding the worker when they text in.
CREATE TABLE peer_workers (
    id            BIGSERIAL PRIMARY KEY,
    handle        TEXT NOT NULL UNIQUE CHECK (handle ~ '^[A-Za-z0-9._-]{2,40}$'),
    site_code     TEXT NOT NULL REFERENCES sites (code),
    phone_sealed  TEXT,
    phone_hash    TEXT UNIQUE,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((phone_sealed IS NULL) = (phone_hash IS NULL))
);
