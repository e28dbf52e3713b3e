-- A key belongs to whoever used it first (issue 16): the account's login name, '' for a submission nobody is logged in
-- for (a public form, an SMS, a background job). Keys claimed before this column existed have no owner and are
-- honoured for anyone, as they were.
ALTER TABLE idempotency_keys ADD COLUMN owner TEXT;
