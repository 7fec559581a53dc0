-- 报损单: goods broken, spoiled, expired or lost, written off a store once approved (issued under document type BS,
-- which is not consumption).
CREATE TABLE warehouse.write_off (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint        NOT NULL REFERENCES organization.school (id),
  number          varchar(20)   NOT NULL,
  store_id        bigint        NOT NULL REFERENCES warehouse.store (id),
  reason          varchar(16)   NOT NULL CHECK (reason IN ('DAMAGED', 'EXPIRED', 'LOST', 'OTHER')),
  written_on      date          NOT NULL,
  note            varchar(200)  NOT NULL,
  status          varchar(16)   NOT NULL CHECK (status IN ('SUBMITTED', 'RETURNED', 'REJECTED', 'POSTED', 'CANCELLED')),
  amount          numeric(14,2) NOT NULL DEFAULT 0,
  created_by      bigint        REFERENCES iam.app_user (id),
  created_by_name varchar(40)   NOT NULL,
  created_at      timestamptz   NOT NULL DEFAULT now(),
  finished_at     timestamptz,
  version         int           NOT NULL DEFAULT 0,
  CONSTRAINT write_off_number_unique UNIQUE (school_id, number)
);
CREATE INDEX write_off_school_idx ON warehouse.write_off (school_id, written_on DESC, id DESC);

CREATE TABLE warehouse.write_off_line (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id    bigint        NOT NULL REFERENCES organization.school (id),
  write_off_id bigint        NOT NULL REFERENCES warehouse.write_off (id),
  item_id      bigint        NOT NULL REFERENCES warehouse.item (id),
  quantity     numeric(14,3) NOT NULL CHECK (quantity > 0),
  movement_id  bigint        REFERENCES warehouse.movement (id)
);
CREATE INDEX write_off_line_idx ON warehouse.write_off_line (write_off_id);

GRANT SELECT, INSERT, UPDATE ON warehouse.write_off, warehouse.write_off_line TO houqin_app;
ALTER TABLE warehouse.write_off ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON warehouse.write_off
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
ALTER TABLE warehouse.write_off_line ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON warehouse.write_off_line
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));


-- 报损: the 后勤主任 approves (else the vice-principal); from 1000 元 also the vice-principal.
INSERT INTO approval.rule (school_id, document_type, name, min_amount, max_amount, priority)
SELECT s.id, 'BS', r.name, r.min_amount, r.max_amount, r.priority FROM organization.school s
CROSS JOIN (VALUES ('报损 1000 元以下', NULL::numeric, 1000::numeric, 10),
                   ('报损 1000 元及以上', 1000::numeric, NULL::numeric, 20)) AS r (name, min_amount, max_amount, priority);
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department, fallback_role_code)
SELECT r.school_id, r.id, 1, 'DIRECTOR', false, 'VICE_PRINCIPAL' FROM approval.rule r WHERE r.document_type = 'BS';
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department)
SELECT r.school_id, r.id, 2, 'VICE_PRINCIPAL', false FROM approval.rule r
WHERE r.document_type = 'BS' AND r.min_amount = 1000;

INSERT INTO iam.permission (code, module) VALUES ('warehouse:writeoff:write', 'warehouse');
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'warehouse:writeoff:write' FROM iam.role r WHERE r.builtin AND r.code IN ('STOREKEEPER', 'DIRECTOR');
