-- The fan-out queues recipients in subscriber order, a thousand per transaction, and records in the same transaction
-- how far it got. A flag per recipient did the same with a thousand row updates per chunk and an index to find the
-- rest; the mark is one row update (AlertFanOutBenchmark, decision 0031).
ALTER TABLE alerts ADD COLUMN queued_through BIGINT NOT NULL DEFAULT 0;
ALTER TABLE alert_recipients DROP COLUMN queued;

