-- Failed logins per account AND client (decision 0062): a lock-out here stops one client (a keyed hash of its
-- address, never the address) from trying one account, and nobody else, so nobody can keep a coordinator locked out
-- by failing on purpose. A row goes at the account's next successful login from that client, or a day after its last
-- failure (retention rule "login-failures").
CREATE TABLE login_failures (
    username        TEXT NOT NULL,
    client_hash     TEXT NOT NULL,
    failures        INTEGER NOT NULL,
    locked_until    TIMESTAMPTZ,
    last_failed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, client_hash)
);

CREATE INDEX login_failures_last_failed_at ON login_failures (last_failed_at);
