-- How long each alert drafted from drug checking results took, from the first of those results to the alert's issue
-- (decision 0113). A median does not add up over months the way report_cells do, so reporting keeps one row per
-- alert and takes the median of a period's rows when a report asks.
CREATE TABLE report_alert_delays (
    alert_id  UUID PRIMARY KEY,
    month     DATE NOT NULL CHECK (extract(day FROM month) = 1),
    minutes   INTEGER NOT NULL CHECK (minutes >= 0)
);
CREATE INDEX report_alert_delays_by_month ON report_alert_delays (month);
