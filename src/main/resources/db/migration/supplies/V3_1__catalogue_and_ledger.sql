-- What the program hands out. A kit is an item made of other items; "needles" counts the needles in one unit so
-- that needles out can be reported whether they went out loose or in kits.
CREATE TABLE items (
    code         TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,24}$'),
    name_en      TEXT NOT NULL,
    name_fr      TEXT NOT NULL,
    unit_en      TEXT NOT NULL,
    unit_fr      TEXT NOT NULL,
    category     TEXT NOT NULL CHECK (category IN
                   ('INJECTION', 'INHALATION', 'NALOXONE', 'TESTING', 'SAFER_SEX', 'DISPOSAL')),
    kit          BOOLEAN NOT NULL DEFAULT FALSE,
    needles      INTEGER NOT NULL DEFAULT 0 CHECK (needles >= 0),
    tracks_lots  BOOLEAN NOT NULL DEFAULT FALSE,
    active       BOOLEAN NOT NULL DEFAULT TRUE,
    position     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE kit_components (
    kit_code   TEXT NOT NULL REFERENCES items (code),
    item_code  TEXT NOT NULL REFERENCES items (code),
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (kit_code, item_code),
    CHECK (kit_code <> item_code)
);

-- Distribution encounters. No client identity: an optional client code is kept only as a keyed hash.
-- An undo is a reversing row that points at the encounter it reverses, never an edit or a delete.
CREATE TABLE distributions (
    id            UUID PRIMARY KEY,
    site_code     TEXT NOT NULL,
    occurred_at   TIMESTAMPTZ NOT NULL,
    also_for      INTEGER NOT NULL,
    client_hash   TEXT,
    reverses      UUID UNIQUE REFERENCES distributions (id),
    recorded_by   TEXT NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((reverses IS NULL AND also_for BETWEEN 0 AND 500) OR (reverses IS NOT NULL AND also_for BETWEEN -500 AND 0))
);
CREATE INDEX distributions_by_site_and_time ON distributions (site_code, occurred_at);

-- Used needles brought back, counted or weighed. Not stock: they go to disposal, not back on the shelf.
CREATE TABLE needle_returns (
    id            UUID PRIMARY KEY,
    site_code     TEXT NOT NULL,
    occurred_at   TIMESTAMPTZ NOT NULL,
    needles       INTEGER NOT NULL,
    method        TEXT NOT NULL CHECK (method IN ('COUNTED', 'WEIGHED')),
    grams         INTEGER,
    reverses      UUID UNIQUE REFERENCES needle_returns (id),
    recorded_by   TEXT NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((reverses IS NULL AND needles BETWEEN 0 AND 100000) OR (reverses IS NOT NULL AND needles <= 0)),
    CHECK ((method = 'WEIGHED') = (grams IS NOT NULL))
);
CREATE INDEX needle_returns_by_site_and_time ON needle_returns (site_code, occurred_at);

-- The stock ledger. Stock at a location is the sum of its movements; nothing here is ever updated or deleted.
CREATE TABLE stock_movements (
    id               BIGSERIAL PRIMARY KEY,
    entry_id         UUID NOT NULL,
    occurred_at      TIMESTAMPTZ NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    location         TEXT NOT NULL,
    item_code        TEXT NOT NULL REFERENCES items (code),
    quantity         INTEGER NOT NULL CHECK (quantity <> 0),
    kind             TEXT NOT NULL CHECK (kind IN
                       ('RECEIVED', 'TRANSFERRED_OUT', 'TRANSFERRED_IN', 'DISTRIBUTED', 'ADJUSTED', 'REVERSED')),
    reason           TEXT CHECK (reason IN ('LOST', 'EXPIRED', 'CONFISCATED', 'DAMAGED', 'COUNT_CORRECTION', 'DISPOSED')),
    lot              TEXT,
    expires_on       DATE,
    counterpart      TEXT,
    recorded_by      TEXT NOT NULL,
    CHECK ((kind = 'ADJUSTED') = (reason IS NOT NULL))
);
CREATE INDEX stock_movements_by_location ON stock_movements (location, item_code);
CREATE INDEX stock_movements_by_entry ON stock_movements (entry_id);
CREATE INDEX stock_movements_by_location_and_time ON stock_movements (location, occurred_at);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: add a reversing entry instead', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER distributions_append_only BEFORE UPDATE OR DELETE ON distributions
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER needle_returns_append_only BEFORE UPDATE OR DELETE ON needle_returns
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Below this level a location's stock is flagged as low.
CREATE TABLE stock_thresholds (
    location   TEXT NOT NULL,
    item_code  TEXT NOT NULL REFERENCES items (code),
    minimum    INTEGER NOT NULL CHECK (minimum >= 0),
    PRIMARY KEY (location, item_code)
);

CREATE TABLE restock_requests (
    id            UUID PRIMARY KEY,
    site_code     TEXT NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    requested_by  TEXT NOT NULL,
    fulfilled_at  TIMESTAMPTZ,
    fulfilled_by  TEXT,
    transfer_id   UUID
);
CREATE UNIQUE INDEX one_open_restock_request_per_site ON restock_requests (site_code) WHERE fulfilled_at IS NULL;
