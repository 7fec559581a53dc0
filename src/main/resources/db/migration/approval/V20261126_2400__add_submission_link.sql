-- The document's page (/warehouse/requisitions/42): the inbox, the notifications and a decision lead back to it.
ALTER TABLE approval.request ADD COLUMN link varchar(200)
  CHECK (link LIKE '/%' AND link NOT LIKE '//%');

-- 我提交的 and 我已处理 read by person, newest first.
CREATE INDEX request_submitter_idx ON approval.request (school_id, submitter_user_id, submitted_at DESC);
CREATE INDEX step_decided_by_idx ON approval.step (school_id, decided_by, decided_at DESC) WHERE decided_by IS NOT NULL;
CREATE INDEX delegation_from_idx ON approval.delegation (school_id, from_user_id);
