-- Each time the retention job purged a kind of record: when, up to which moment, and how many records went.
-- Kept so that an administrator can see the limits are enforced; holds no record itself.
CREATE TABLE retention_runs (
    id       BIGSERIAL PRIMARY KEY,
    kind     TEXT NOT NULL,
    ran_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    cutoff   TIMESTAMPTZ NOT NULL,
    purged   INTEGER NOT NULL CHECK (purged >= 0)
);
CREATE INDEX retention_runs_latest ON retention_runs (kind, ran_at DESC);
