-- Workers take queued messages in id order; this index lets them find the next due ones without sorting every
-- queued message at each claim (the first fan-out benchmark spent most of its time there).
CREATE INDEX sms_outbox_queued_by_id ON sms_outbox (id) WHERE state = 'QUEUED';
