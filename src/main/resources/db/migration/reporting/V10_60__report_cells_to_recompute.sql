-- The cells an event said changed and that are not computed again yet (decision 0112): a listener only marks the
-- cell, and a job recomputes the marked cells every few seconds, each once however many events touched it. A marked
-- cell survives a crash and is recomputed after it.
CREATE TABLE report_cells_to_recompute (
    source     TEXT NOT NULL,
    place      TEXT NOT NULL,
    month      DATE NOT NULL CHECK (extract(day FROM month) = 1),
    marked_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source, place, month)
);
