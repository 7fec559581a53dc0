-- Which department consumed an issue: the consumption reports (按需, not per head) read it from the ledger itself.
ALTER TABLE warehouse.movement ADD COLUMN department_id bigint REFERENCES organization.department (id);
CREATE INDEX movement_consumption_idx ON warehouse.movement (school_id, occurred_on, department_id, item_id)
  WHERE kind IN ('ISSUE', 'REVERSAL');

-- 领用申请: a teacher or a department asks for supplies; approved through the approval module, issued by the
-- storekeeper all at once or in parts, each issue signed by its receiver.
CREATE TABLE warehouse.requisition (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id         bigint        NOT NULL REFERENCES organization.school (id),
  number            varchar(20)   NOT NULL,
  store_id          bigint        NOT NULL REFERENCES warehouse.store (id),
  department_id     bigint        REFERENCES organization.department (id),
  requester_user_id bigint        NOT NULL REFERENCES iam.app_user (id),
  requester_name    varchar(40)   NOT NULL,
  purpose           varchar(200)  NOT NULL,
  needed_on         date,
  status            varchar(16)   NOT NULL CHECK (status IN ('SUBMITTED', 'RETURNED', 'REJECTED', 'WITHDRAWN',
                                                             'APPROVED', 'PARTIAL', 'ISSUED', 'CLOSED')),
  estimate          numeric(14,2) NOT NULL DEFAULT 0 CHECK (estimate >= 0),
  submission_key    uuid,
  submitted_at      timestamptz   NOT NULL,
  approved_at       timestamptz,
  finished_at       timestamptz,
  close_note        varchar(200),
  version           int           NOT NULL DEFAULT 0,
  CONSTRAINT requisition_number_unique UNIQUE (school_id, number),
  CONSTRAINT requisition_submission_unique UNIQUE (school_id, submission_key)
);
CREATE INDEX requisition_school_idx ON warehouse.requisition (school_id, submitted_at DESC, id DESC);
CREATE INDEX requisition_status_idx ON warehouse.requisition (school_id, status);
CREATE INDEX requisition_requester_idx ON warehouse.requisition (requester_user_id, submitted_at DESC);

CREATE TABLE warehouse.requisition_line (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id      bigint        NOT NULL REFERENCES organization.school (id),
  requisition_id bigint        NOT NULL REFERENCES warehouse.requisition (id),
  position       int           NOT NULL,
  item_id        bigint        NOT NULL REFERENCES warehouse.item (id),
  quantity       numeric(14,3) NOT NULL CHECK (quantity > 0),
  issued         numeric(14,3) NOT NULL DEFAULT 0,
  note           varchar(100),
  CONSTRAINT requisition_line_issued CHECK (issued >= 0 AND issued <= quantity),
  CONSTRAINT requisition_line_position UNIQUE (requisition_id, position)
);

-- 发放: one hand-over of goods for a requisition, signed by whoever took them.
CREATE TABLE warehouse.requisition_issue (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id      bigint       NOT NULL REFERENCES organization.school (id),
  requisition_id bigint       NOT NULL REFERENCES warehouse.requisition (id),
  issued_on      date         NOT NULL,
  issued_by      bigint       REFERENCES iam.app_user (id),
  issued_by_name varchar(40)  NOT NULL,
  receiver_name  varchar(40)  NOT NULL,
  signature_id   uuid         REFERENCES platform.attachment (id),
  created_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX requisition_issue_idx ON warehouse.requisition_issue (requisition_id);

CREATE TABLE warehouse.requisition_issue_line (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id   bigint        NOT NULL REFERENCES organization.school (id),
  issue_id    bigint        NOT NULL REFERENCES warehouse.requisition_issue (id),
  line_id     bigint        NOT NULL REFERENCES warehouse.requisition_line (id),
  quantity    numeric(14,3) NOT NULL CHECK (quantity > 0),
  movement_id bigint        NOT NULL REFERENCES warehouse.movement (id)
);
CREATE INDEX requisition_issue_line_idx ON warehouse.requisition_issue_line (issue_id);

GRANT SELECT, INSERT, UPDATE ON warehouse.requisition TO houqin_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON warehouse.requisition_line TO houqin_app;
GRANT SELECT, INSERT ON warehouse.requisition_issue, warehouse.requisition_issue_line TO houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['requisition', 'requisition_line', 'requisition_issue', 'requisition_issue_line'] LOOP
    EXECUTE format('ALTER TABLE warehouse.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON warehouse.%I
                      USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))', t);
  END LOOP;
END
$$;

INSERT INTO iam.permission (code, module) VALUES
  ('warehouse:requisition:request', 'warehouse'),
  ('warehouse:requisition:read', 'warehouse'),
  ('warehouse:requisition:issue', 'warehouse');

INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, g.permission FROM iam.role r
JOIN (VALUES
  ('ADMIN', 'warehouse:requisition:request'),
  ('PRINCIPAL', 'warehouse:requisition:request'), ('PRINCIPAL', 'warehouse:requisition:read'),
  ('VICE_PRINCIPAL', 'warehouse:requisition:request'), ('VICE_PRINCIPAL', 'warehouse:requisition:read'),
  ('DIRECTOR', 'warehouse:requisition:request'), ('DIRECTOR', 'warehouse:requisition:read'),
  ('DIRECTOR', 'warehouse:requisition:issue'),
  ('STOREKEEPER', 'warehouse:requisition:request'), ('STOREKEEPER', 'warehouse:requisition:read'),
  ('STOREKEEPER', 'warehouse:requisition:issue'),
  ('WORKER', 'warehouse:requisition:request'),
  ('TEACHER', 'warehouse:requisition:request'),
  ('DEPARTMENT_HEAD', 'warehouse:requisition:request'), ('DEPARTMENT_HEAD', 'warehouse:requisition:read'),
  ('CANTEEN_MANAGER', 'warehouse:requisition:request'),
  ('GUARD', 'warehouse:requisition:request'),
  ('FINANCE', 'warehouse:requisition:request'), ('FINANCE', 'warehouse:requisition:read')
) AS g (code, permission) ON g.code = r.code
WHERE r.builtin;

-- The approval of requisitions every school starts with: below 500 元 the head of the requester's department;
-- from 500 元 also the vice-principal in charge. The admin edits them under 审批规则.
INSERT INTO approval.rule (school_id, document_type, name, min_amount, max_amount, priority)
SELECT s.id, 'RQ', r.name, r.min_amount, r.max_amount, r.priority FROM organization.school s
CROSS JOIN (VALUES ('领用 500 元以下', NULL::numeric, 500::numeric, 10),
                   ('领用 500 元及以上', 500::numeric, NULL::numeric, 20)) AS r (name, min_amount, max_amount, priority);
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department)
SELECT r.school_id, r.id, 1, 'DEPARTMENT_HEAD', true FROM approval.rule r WHERE r.document_type = 'RQ';
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department)
SELECT r.school_id, r.id, 2, 'VICE_PRINCIPAL', false FROM approval.rule r
WHERE r.document_type = 'RQ' AND r.min_amount = 500;
