-- Staff sessions, kept by Spring Session JDBC so that every node serves every session and a node's loss logs nobody
-- out (decision 0063). The schema is Spring Session's own for PostgreSQL (schema-postgresql.sql). The principal
-- stored is the staff member without the password hash, and the login's client address is not kept.
CREATE TABLE spring_session (
    primary_id             CHAR(36) NOT NULL,
    session_id             CHAR(36) NOT NULL,
    creation_time          BIGINT NOT NULL,
    last_access_time       BIGINT NOT NULL,
    max_inactive_interval  INT NOT NULL,
    expiry_time            BIGINT NOT NULL,
    principal_name         VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id  CHAR(36) NOT NULL,
    attribute_name      VARCHAR(200) NOT NULL,
    attribute_bytes     BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
