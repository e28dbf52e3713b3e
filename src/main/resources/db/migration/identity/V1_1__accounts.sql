-- Staff accounts. A username is a handle, never a legal name.
CREATE TABLE accounts (
    id              BIGSERIAL PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'PEER_WORKER', 'CHECKER', 'ANALYST')),
    site_code       TEXT,
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT peer_workers_have_a_site CHECK (role <> 'PEER_WORKER' OR site_code IS NOT NULL)
);
