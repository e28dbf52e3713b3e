-- Every submission that creates something carries a key made by the client. The first submission with a key
-- claims it; a retry with the same key finds the claim and gets the first result back instead of a second entry.
CREATE TABLE idempotency_keys (
    scope        TEXT NOT NULL,
    key          TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    fingerprint  TEXT NOT NULL,
    entry_id     UUID NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
