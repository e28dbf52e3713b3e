-- Every column that defaulted to PostgreSQL's now() defaults to the program's clock instead (decision 0071). It runs
-- after every module's tables exist; new tables write DEFAULT program_now() themselves.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name <> 'flyway_schema_history'
               AND column_default IN ('now()', 'CURRENT_TIMESTAMP')
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET DEFAULT program_now()', c.table_name, c.column_name);
    END LOOP;
END $$;
