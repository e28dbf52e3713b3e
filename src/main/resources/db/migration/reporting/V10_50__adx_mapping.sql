-- How reporting's indicators and places are known in a DHIS2 instance: edited by an admin
-- at /app/admin/adx-mapping, every change written to the audit trail. A missing row means
-- "not mapped yet", and an ADX export that needs it is refused, naming it.
CREATE TABLE reporting_adx_data_elements (
    indicator_code text PRIMARY KEY,
    data_element   text NOT NULL CHECK (data_element ~ '^[A-Za-z0-9_.-]{1,50}$'),
    changed_at     timestamptz NOT NULL DEFAULT program_now()
);

CREATE TABLE reporting_adx_org_units (
    place_level text NOT NULL CHECK (place_level IN ('PROGRAM', 'ZONE', 'SITE')),
    place_code  text NOT NULL,
    org_unit    text NOT NULL CHECK (org_unit ~ '^[A-Za-z0-9_.-]{1,50}$'),
    changed_at  timestamptz NOT NULL DEFAULT program_now(),
    PRIMARY KEY (place_level, place_code)
);
