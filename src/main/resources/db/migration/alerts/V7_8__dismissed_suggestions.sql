-- A coordinator may dismiss a draft Satellite suggested, or merge several into one (decision 0098). A dismissed
-- suggestion keeps its row, who dismissed it and when, and, when it was merged, the draft it went into: a finding of
-- its group that comes later is counted there and does not bring it back.
ALTER TABLE alerts DROP CONSTRAINT alerts_status_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_status_check
    CHECK (status IN ('DRAFT', 'APPROVED', 'ISSUED', 'UPDATED', 'CANCELLED', 'EXPIRED', 'DISMISSED'));
ALTER TABLE alerts ADD COLUMN dismissed_by TEXT;
ALTER TABLE alerts ADD COLUMN dismissed_at TIMESTAMPTZ;
ALTER TABLE alerts ADD COLUMN merged_into UUID REFERENCES alerts (id);
ALTER TABLE alerts ADD CONSTRAINT dismissed_with_who_and_when
    CHECK ((status = 'DISMISSED') = (dismissed_by IS NOT NULL AND dismissed_at IS NOT NULL));
