-- The program's clock in SQL (decision 0071): PostgreSQL's now() moved by the offset the application started its
-- clock with (satellite.clock.start; none in production). Every business time SQL writes or compares uses it, so that
-- the database and the program read one clock. The application sets satellite.clock_offset on each connection.
CREATE OR REPLACE FUNCTION program_now() RETURNS timestamptz
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT now() + coalesce(nullif(current_setting('satellite.clock_offset', true), '')::interval, interval '0') $$;
