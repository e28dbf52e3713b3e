-- Workers find due messages through sms_outbox_queued_by_id (V8_4); the older index on (next_attempt_at, id) is no
-- longer read and cost one more index entry for every message queued (AlertFanOutBenchmark, decision 0031).
DROP INDEX sms_outbox_due;
