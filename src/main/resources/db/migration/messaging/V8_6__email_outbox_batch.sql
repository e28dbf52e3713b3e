-- What an email belongs to (for example one alert), given by the module that queues it, so that a page can show how
-- far a batch has gone. Emails queued before have none.
ALTER TABLE email_outbox ADD COLUMN batch TEXT;

CREATE INDEX email_outbox_batch ON email_outbox (batch) WHERE batch IS NOT NULL;
