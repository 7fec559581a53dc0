-- 盘点: a count of one store. The book quantities are taken when it starts; what is counted is entered on a phone,
-- from the printed sheet or from Excel; the differences (盘盈/盘亏) reach the ledger only after approval.
CREATE TABLE warehouse.stocktake (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint        NOT NULL REFERENCES organization.school (id),
  number          varchar(20)   NOT NULL,
  store_id        bigint        NOT NULL REFERENCES warehouse.store (id),
  counted_on      date          NOT NULL,
  status          varchar(16)   NOT NULL CHECK (status IN ('COUNTING', 'SUBMITTED', 'RETURNED', 'POSTED', 'REJECTED',
                                                             'CANCELLED')),
  note            varchar(200),
  created_by      bigint        REFERENCES iam.app_user (id),
  created_by_name varchar(40)   NOT NULL,
  created_at      timestamptz   NOT NULL,
  submitted_at    timestamptz,
  finished_at     timestamptz,
  gain_amount     numeric(14,2) NOT NULL DEFAULT 0,
  loss_amount     numeric(14,2) NOT NULL DEFAULT 0,
  version         int           NOT NULL DEFAULT 0,
  CONSTRAINT stocktake_number_unique UNIQUE (school_id, number)
);
-- one count at a time per store
CREATE UNIQUE INDEX stocktake_one_open ON warehouse.stocktake (store_id)
  WHERE status IN ('COUNTING', 'SUBMITTED', 'RETURNED');
CREATE INDEX stocktake_school_idx ON warehouse.stocktake (school_id, counted_on DESC, id DESC);

CREATE TABLE warehouse.stocktake_line (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id        bigint        NOT NULL REFERENCES organization.school (id),
  stocktake_id     bigint        NOT NULL REFERENCES warehouse.stocktake (id),
  item_id          bigint        NOT NULL REFERENCES warehouse.item (id),
  book_quantity    numeric(14,3) NOT NULL,
  unit_cost        numeric(14,4) NOT NULL DEFAULT 0,
  counted_quantity numeric(14,3) CHECK (counted_quantity >= 0),
  note             varchar(100),
  counted_by_name  varchar(40),
  movement_id      bigint        REFERENCES warehouse.movement (id),
  CONSTRAINT stocktake_line_item UNIQUE (stocktake_id, item_id)
);

GRANT SELECT, INSERT, UPDATE ON warehouse.stocktake, warehouse.stocktake_line TO houqin_app;
ALTER TABLE warehouse.stocktake ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON warehouse.stocktake
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
ALTER TABLE warehouse.stocktake_line ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON warehouse.stocktake_line
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));

INSERT INTO iam.permission (code, module) VALUES ('warehouse:stocktake:write', 'warehouse');
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'warehouse:stocktake:write' FROM iam.role r WHERE r.builtin AND r.code IN ('STOREKEEPER', 'DIRECTOR');

-- Stocktake differences: the 后勤主任 approves; from 1000 元 of difference also the vice-principal.
INSERT INTO approval.rule (school_id, document_type, name, min_amount, max_amount, priority)
SELECT s.id, 'PD', r.name, r.min_amount, r.max_amount, r.priority FROM organization.school s
CROSS JOIN (VALUES ('盘点差异 1000 元以下', NULL::numeric, 1000::numeric, 10),
                   ('盘点差异 1000 元及以上', 1000::numeric, NULL::numeric, 20)) AS r (name, min_amount, max_amount, priority);
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department)
SELECT r.school_id, r.id, 1, 'DIRECTOR', false FROM approval.rule r WHERE r.document_type = 'PD';
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department)
SELECT r.school_id, r.id, 2, 'VICE_PRINCIPAL', false FROM approval.rule r
WHERE r.document_type = 'PD' AND r.min_amount = 1000;
