-- Drug checking. Nothing here says who brought a sample: a sample is known by its code, a coarse place and a day.

-- The substance vocabulary: canonical substances with their class, EN/FR names and why they are notable.
-- grp 'fentanyl' gathers fentanyl, its analogues and carfentanil for "share with fentanyl".
CREATE TABLE substances (
    id              SERIAL PRIMARY KEY,
    name_en         TEXT NOT NULL UNIQUE,
    name_fr         TEXT NOT NULL,
    class           TEXT NOT NULL CHECK (class IN ('OPIOID', 'STIMULANT', 'BENZODIAZEPINE', 'OTHER_DEPRESSANT',
                      'PSYCHEDELIC', 'DISSOCIATIVE', 'CANNABINOID', 'CUT', 'OTHER')),
    grp             TEXT CHECK (grp IN ('fentanyl')),
    notable_reason  TEXT CHECK (notable_reason IN ('carfentanil', 'nitazene', 'xylazine', 'medetomidine', 'marked'))
);

-- Every name ever written for a substance, keyed by its lower-case form. A name maps to a substance (with an
-- optional salt form), or is an instrument verdict, or is not known yet: then it waits in the review queue.
-- Samples keep the name as written and join through this table, so a mapping applies to every sample at once.
CREATE TABLE substance_names (
    name_key      TEXT PRIMARY KEY CHECK (name_key = lower(btrim(name_key)) AND name_key <> ''),
    written       TEXT NOT NULL,
    substance_id  INTEGER REFERENCES substances (id),
    salt          TEXT,
    verdict       TEXT CHECK (verdict IN ('UNCERTAIN_MATCH', 'NO_LIBRARY_MATCH', 'UNCERTAIN_OIL',
                    'UNCERTAIN_CARBOHYDRATE', 'UNCERTAIN_SALT', 'NO_SIGNAL', 'NEGATIVE')),
    first_seen    TIMESTAMPTZ NOT NULL DEFAULT now(),
    mapped_by     TEXT,
    CHECK (substance_id IS NULL OR verdict IS NULL)
);

CREATE TABLE checking_imports (
    id            UUID PRIMARY KEY,
    file_name     TEXT NOT NULL,
    file_sha256   TEXT NOT NULL,
    content       BYTEA NOT NULL,
    mapping       TEXT,
    status        TEXT NOT NULL CHECK (status IN ('PREVIEW', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows    INTEGER NOT NULL DEFAULT 0,
    read_rows     INTEGER NOT NULL DEFAULT 0,
    added         INTEGER NOT NULL DEFAULT 0,
    already_there INTEGER NOT NULL DEFAULT 0,
    failure       TEXT,
    failure_args  TEXT,
    created_by    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_by    TEXT,
    heartbeat     TIMESTAMPTZ,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ
);
CREATE INDEX checking_imports_waiting ON checking_imports (created_at) WHERE status IN ('QUEUED', 'RUNNING');

-- Rows of an import that could not be read, with the reason as a message code and its arguments.
CREATE TABLE checking_import_errors (
    import_id   UUID NOT NULL REFERENCES checking_imports (id) ON DELETE CASCADE,
    line        INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    argument    TEXT,
    excerpt     TEXT,
    landed      BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (import_id, line, reason)
);

CREATE TABLE samples (
    code             TEXT PRIMARY KEY CHECK (code ~ '^[0-9A-HJKMNP-TV-Y]{8}$'),
    collected_on     DATE NOT NULL,
    site_code        TEXT,
    zone_code        TEXT,
    city             TEXT,
    source_site      TEXT,
    collection_mode  TEXT NOT NULL CHECK (collection_mode IN ('WALK_IN', 'MAIL_IN', 'TAKE_HOME', 'OUTREACH', 'PROXY', 'UNKNOWN')),
    expected_written TEXT,
    expected_key     TEXT REFERENCES substance_names (name_key),
    form             TEXT CHECK (form IN ('POWDER', 'PILL', 'ROCK', 'CRYSTAL', 'LIQUID', 'BLOTTER', 'USED_EQUIPMENT', 'OTHER')),
    colour           TEXT,
    texture          TEXT,
    before_cut       BOOLEAN,
    result_ready_at  TIMESTAMPTZ,
    import_id        UUID REFERENCES checking_imports (id),
    -- For imported rows: a fingerprint of the row's content and its occurrence in the file, so a re-import adds nothing.
    row_key          TEXT UNIQUE,
    intake_id        UUID UNIQUE,
    recorded_by      TEXT NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX samples_by_day ON samples (collected_on);
CREATE INDEX samples_by_expected ON samples (expected_key);

CREATE TABLE sample_strips (
    sample_code  TEXT NOT NULL REFERENCES samples (code),
    strip        TEXT NOT NULL CHECK (strip IN ('FENTANYL', 'BENZODIAZEPINE', 'XYLAZINE')),
    result       TEXT NOT NULL CHECK (result IN ('POSITIVE', 'NEGATIVE', 'INVALID')),
    PRIMARY KEY (sample_code, strip)
);

-- What the FTIR (or another instrument) found, one line per name as written.
CREATE TABLE sample_components (
    sample_code  TEXT NOT NULL REFERENCES samples (code),
    position     INTEGER NOT NULL,
    written      TEXT NOT NULL,
    name_key     TEXT NOT NULL REFERENCES substance_names (name_key),
    quality      TEXT NOT NULL CHECK (quality IN ('MATCH', 'UNCERTAIN', 'NO_LIBRARY_MATCH')),
    percent      NUMERIC(5, 2) CHECK (percent BETWEEN 0 AND 100),
    PRIMARY KEY (sample_code, position)
);
CREATE INDEX sample_components_by_name ON sample_components (name_key);

CREATE TABLE sample_lab_results (
    sample_code  TEXT NOT NULL REFERENCES samples (code),
    position     INTEGER NOT NULL,
    written      TEXT NOT NULL,
    name_key     TEXT NOT NULL REFERENCES substance_names (name_key),
    percent_ww   NUMERIC(7, 4) NOT NULL CHECK (percent_ww BETWEEN 0 AND 100),
    method       TEXT NOT NULL,
    detection_limit TEXT,
    PRIMARY KEY (sample_code, position)
);
