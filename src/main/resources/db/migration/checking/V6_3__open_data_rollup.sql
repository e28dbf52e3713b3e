-- The public figures of drug checking, rolled up so that no request reads the samples (issue 11, decision 0052).
-- One line per month, fortnight, expected substance and findings, with the number of released samples. The
-- fortnights follow a fixed grid of 14 days from Monday 2000-01-03, so they never overlap one another.
CREATE TABLE checking_open_cube (
    month           DATE NOT NULL,
    fortnight       DATE NOT NULL,
    expected_id     INTEGER,
    expected_class  TEXT,
    fentanyl        BOOLEAN NOT NULL,
    benzodiazepine  BOOLEAN NOT NULL,
    notable         BOOLEAN NOT NULL,
    samples         INTEGER NOT NULL
);

-- Bumped by each rebuild of the cube; every node compares it with the figures it holds.
CREATE TABLE checking_open_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    version       BIGINT NOT NULL,
    refreshed_at  TIMESTAMPTZ
);
INSERT INTO checking_open_state (id, version) VALUES (1, 0);

-- Something the figures depend on changed: written in the same transaction as the change, so it is seen exactly when
-- the change is; the rebuild deletes the lines it has taken into account. Inserts never wait on one another.
CREATE TABLE checking_open_changes (
    id  BIGSERIAL PRIMARY KEY,
    at  TIMESTAMPTZ NOT NULL DEFAULT program_now()
);
INSERT INTO checking_open_changes DEFAULT VALUES;

CREATE FUNCTION checking_open_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO checking_open_changes DEFAULT VALUES;
    RETURN NULL;
END $$;

CREATE FUNCTION checking_open_released_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM touched WHERE result_ready_at IS NOT NULL) THEN
        INSERT INTO checking_open_changes DEFAULT VALUES;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION checking_open_tests_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM touched t JOIN samples s ON s.code = t.sample_code WHERE s.result_ready_at IS NOT NULL) THEN
        INSERT INTO checking_open_changes DEFAULT VALUES;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER samples_open_inserted AFTER INSERT ON samples REFERENCING NEW TABLE AS touched
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_released_added();
CREATE TRIGGER samples_open_updated AFTER UPDATE ON samples REFERENCING NEW TABLE AS touched
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_released_added();
CREATE TRIGGER samples_open_deleted AFTER DELETE ON samples
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_changed();

CREATE TRIGGER strips_open_inserted AFTER INSERT ON sample_strips REFERENCING NEW TABLE AS touched
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_tests_added();
CREATE TRIGGER strips_open_changed AFTER UPDATE OR DELETE ON sample_strips
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_changed();
CREATE TRIGGER components_open_inserted AFTER INSERT ON sample_components REFERENCING NEW TABLE AS touched
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_tests_added();
CREATE TRIGGER components_open_changed AFTER UPDATE OR DELETE ON sample_components
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_changed();
CREATE TRIGGER lab_results_open_inserted AFTER INSERT ON sample_lab_results REFERENCING NEW TABLE AS touched
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_tests_added();
CREATE TRIGGER lab_results_open_changed AFTER UPDATE OR DELETE ON sample_lab_results
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_changed();

-- A name mapped, a substance added or marked notable: the figures join the vocabulary at read time (decision 0022).
CREATE TRIGGER substance_names_open_changed AFTER INSERT OR UPDATE OR DELETE ON substance_names
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_changed();
CREATE TRIGGER substances_open_changed AFTER INSERT OR UPDATE OR DELETE ON substances
    FOR EACH STATEMENT EXECUTE FUNCTION checking_open_changed();
