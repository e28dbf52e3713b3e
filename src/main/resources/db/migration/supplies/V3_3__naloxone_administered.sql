-- Naloxone given during an overdose response leaves the site's stock as its own kind of line: it was neither handed
-- out to someone nor lost, and the month's "naloxone kits handed out" must not count it.
ALTER TABLE stock_movements DROP CONSTRAINT stock_movements_kind_check;
ALTER TABLE stock_movements ADD CONSTRAINT stock_movements_kind_check CHECK (kind IN
    ('RECEIVED', 'TRANSFERRED_OUT', 'TRANSFERRED_IN', 'DISTRIBUTED', 'ADJUSTED', 'REVERSED', 'ADMINISTERED'));
