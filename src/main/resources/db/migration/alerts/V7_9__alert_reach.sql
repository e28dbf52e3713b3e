-- How many subscribers an alert's fan-out queued messages for, counted in the transaction that queues them. The
-- recipients themselves go with a subscriber who texts STOP, so counting them later would make an old alert's reach
-- shrink; reporting's "subscribers reached" reads this count instead (decision 0112).
ALTER TABLE alerts ADD COLUMN reached INTEGER NOT NULL DEFAULT 0;
UPDATE alerts a SET reached = (
    SELECT count(*) FROM alert_recipients r WHERE r.alert_id = a.id AND r.subscriber_id <= a.queued_through);
