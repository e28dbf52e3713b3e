-- Reporting's rollups: one row per place, month and indicator, kept up to date from the other modules' events and
-- rebuildable from their raw records. A share is kept as its numerator and denominator so that months, zones and the
-- program add up. A place and month with nothing recorded in a module has no rows for that module's indicators:
-- "no data", never a zero.
CREATE TABLE report_cells (
    level        TEXT NOT NULL CHECK (level IN ('SITE', 'ZONE', 'PROGRAM')),
    place        TEXT NOT NULL,
    month        DATE NOT NULL CHECK (extract(day FROM month) = 1),
    indicator    TEXT NOT NULL,
    numerator    BIGINT NOT NULL,
    denominator  BIGINT,
    PRIMARY KEY (month, level, place, indicator)
);
CREATE INDEX report_cells_by_place ON report_cells (level, place, month);

-- Where an overdose response was counted: the event that withdraws it carries only its id, and by then the response
-- is gone, so reporting remembers the zone and month it must count again.
CREATE TABLE report_overdose_cells (
    response_id  UUID PRIMARY KEY,
    zone_code    TEXT NOT NULL,
    month        DATE NOT NULL
);
