-- Editors curate the knowledge hub: its events, its resources and their lists.
ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_role_check
    CHECK (role IN ('ADMIN', 'COORDINATOR', 'PEER_WORKER', 'CHECKER', 'ANALYST', 'EDITOR'));
