-- 资产处置 (报废, 报损, 出售, 无偿调出): requested with a reason and the residual value or price, decided through the
-- approval module by value; the cards close only when it is approved.
CREATE TABLE assets.disposal (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint        NOT NULL REFERENCES organization.school (id),
  number          varchar(20)   NOT NULL,
  kind            varchar(16)   NOT NULL CHECK (kind IN ('SCRAP', 'LOSS', 'SALE', 'TRANSFER_OUT')),
  reason          varchar(300)  NOT NULL,
  residual_value  numeric(14,2) NOT NULL DEFAULT 0 CHECK (residual_value >= 0),
  disposed_on     date          NOT NULL,
  status          varchar(16)   NOT NULL CHECK (status IN ('SUBMITTED', 'RETURNED', 'REJECTED', 'APPROVED', 'CANCELLED')),
  original_value  numeric(14,2) NOT NULL,
  net_value       numeric(14,2) NOT NULL,
  created_by      bigint        REFERENCES iam.app_user (id),
  created_by_name varchar(40)   NOT NULL,
  created_at      timestamptz   NOT NULL DEFAULT now(),
  finished_at     timestamptz,
  version         int           NOT NULL DEFAULT 0,
  CONSTRAINT disposal_number_unique UNIQUE (school_id, number)
);
CREATE INDEX disposal_school_idx ON assets.disposal (school_id, created_at DESC, id DESC);

-- Each card with its status before the request, so a rejected or returned request gives it back.
CREATE TABLE assets.disposal_line (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id      bigint        NOT NULL REFERENCES organization.school (id),
  disposal_id    bigint        NOT NULL REFERENCES assets.disposal (id),
  asset_id       bigint        NOT NULL REFERENCES assets.asset (id),
  quantity       int           NOT NULL CHECK (quantity > 0),
  original_value numeric(14,2) NOT NULL,
  net_value      numeric(14,2) NOT NULL,
  status_before  varchar(20)   NOT NULL
);
CREATE INDEX disposal_line_disposal_idx ON assets.disposal_line (disposal_id);
CREATE INDEX disposal_line_asset_idx ON assets.disposal_line (asset_id);

GRANT SELECT, INSERT, UPDATE ON assets.disposal TO houqin_app;
GRANT SELECT, INSERT ON assets.disposal_line TO houqin_app;
ALTER TABLE assets.disposal ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON assets.disposal
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
ALTER TABLE assets.disposal_line ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON assets.disposal_line
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));

-- 处置 by original value: the 后勤主任 (else the vice-principal); from 1 万元 also the vice-principal; from 10 万元
-- also the principal (the school's 集体决策 and the report to the education bureau happen outside).
INSERT INTO approval.rule (school_id, document_type, name, min_amount, max_amount, priority)
SELECT s.id, 'CZ', r.name, r.min_amount, r.max_amount, r.priority FROM organization.school s
CROSS JOIN (VALUES ('资产处置 1 万元以下', NULL::numeric, 10000::numeric, 10),
                   ('资产处置 1 万至 10 万元', 10000::numeric, 100000::numeric, 20),
                   ('资产处置 10 万元及以上', 100000::numeric, NULL::numeric, 30)) AS r (name, min_amount, max_amount, priority);
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department, fallback_role_code)
SELECT r.school_id, r.id, 1, 'DIRECTOR', false, 'VICE_PRINCIPAL' FROM approval.rule r WHERE r.document_type = 'CZ';
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department)
SELECT r.school_id, r.id, 2, 'VICE_PRINCIPAL', false FROM approval.rule r
WHERE r.document_type = 'CZ' AND r.min_amount IS NOT NULL;
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department)
SELECT r.school_id, r.id, 3, 'PRINCIPAL', false FROM approval.rule r
WHERE r.document_type = 'CZ' AND r.min_amount = 100000;

INSERT INTO iam.permission (code, module) VALUES ('assets:disposal:write', 'assets');
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'assets:disposal:write' FROM iam.role r WHERE r.builtin AND r.code IN ('STOREKEEPER', 'DIRECTOR');
