-- 审批人为空时转交: a role step may name a role to pass the step to when nobody but the submitter holds it (the
-- head's own requisition, a department without a head). A submission's steps keep their copy, and what became of
-- it: passed on (rerouted_from keeps the role the rule asked for) or skipped, because nobody could decide it or
-- because everyone who could had approved an earlier step already.
ALTER TABLE approval.rule_step ADD COLUMN fallback_role_code varchar(32),
  ADD CONSTRAINT rule_step_fallback CHECK (fallback_role_code IS NULL OR role_code IS NOT NULL);

ALTER TABLE approval.step ADD COLUMN fallback_role_code varchar(32),
  ADD COLUMN rerouted_from varchar(32),
  ADD COLUMN skip_reason varchar(16) CHECK (skip_reason IN ('NO_DECIDER', 'ALREADY_APPROVED')),
  DROP CONSTRAINT step_status_check,
  ADD CONSTRAINT step_status_check
    CHECK (status IN ('WAITING', 'APPROVED', 'REJECTED', 'RETURNED', 'CANCELLED', 'SKIPPED')),
  ADD CONSTRAINT step_skip_reason CHECK ((status = 'SKIPPED') = (skip_reason IS NOT NULL));

-- The rules every school starts with: a head's own requisition, or one from a department without a head, goes to
-- the vice-principal; so does the director's own stocktake.
UPDATE approval.rule_step s SET fallback_role_code = 'VICE_PRINCIPAL'
FROM approval.rule r
WHERE r.id = s.rule_id AND r.document_type = 'RQ' AND s.role_code = 'DEPARTMENT_HEAD';

UPDATE approval.rule_step s SET fallback_role_code = 'VICE_PRINCIPAL'
FROM approval.rule r
WHERE r.id = s.rule_id AND r.document_type = 'PD' AND s.role_code = 'DIRECTOR';
