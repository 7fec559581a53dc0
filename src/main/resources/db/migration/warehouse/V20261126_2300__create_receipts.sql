-- 入库单: goods received into a store from a supplier. A receipt is never edited; its lines are in the ledger.
CREATE TABLE warehouse.receipt (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id      bigint        NOT NULL REFERENCES organization.school (id),
  number         varchar(20)   NOT NULL,
  store_id       bigint        NOT NULL REFERENCES warehouse.store (id),
  received_on    date          NOT NULL,
  supplier       varchar(80),
  invoice_number varchar(40),
  note           varchar(200),
  total          numeric(14,2) NOT NULL CHECK (total >= 0),
  created_by     bigint        REFERENCES iam.app_user (id),
  created_at     timestamptz   NOT NULL DEFAULT now(),
  CONSTRAINT receipt_number_unique UNIQUE (school_id, number)
);
CREATE INDEX receipt_school_idx ON warehouse.receipt (school_id, received_on DESC, id DESC);

CREATE TABLE warehouse.receipt_line (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id   bigint        NOT NULL REFERENCES organization.school (id),
  receipt_id  bigint        NOT NULL REFERENCES warehouse.receipt (id),
  item_id     bigint        NOT NULL REFERENCES warehouse.item (id),
  quantity    numeric(14,3) NOT NULL CHECK (quantity > 0),
  unit_price  numeric(14,4) NOT NULL CHECK (unit_price >= 0),
  amount      numeric(14,2) NOT NULL CHECK (amount >= 0),
  movement_id bigint        NOT NULL REFERENCES warehouse.movement (id)
);
CREATE INDEX receipt_line_receipt_idx ON warehouse.receipt_line (receipt_id);

GRANT SELECT, INSERT ON warehouse.receipt, warehouse.receipt_line TO houqin_app;
ALTER TABLE warehouse.receipt ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON warehouse.receipt
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
ALTER TABLE warehouse.receipt_line ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON warehouse.receipt_line
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));

INSERT INTO iam.permission (code, module) VALUES ('warehouse:receipt:write', 'warehouse');
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'warehouse:receipt:write' FROM iam.role r WHERE r.builtin AND r.code IN ('STOREKEEPER', 'DIRECTOR');
