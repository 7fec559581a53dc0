-- 调拨单: goods moved from one store to another (总仓库 → 文印室). Each line leaves the first store at its average
-- cost and enters the second at exactly that value, so the school's stock value does not change.
CREATE TABLE warehouse.transfer (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint       NOT NULL REFERENCES organization.school (id),
  number          varchar(20)  NOT NULL,
  from_store_id   bigint       NOT NULL REFERENCES warehouse.store (id),
  to_store_id     bigint       NOT NULL REFERENCES warehouse.store (id),
  transferred_on  date         NOT NULL,
  note            varchar(200),
  created_by      bigint       REFERENCES iam.app_user (id),
  created_by_name varchar(40)  NOT NULL,
  created_at      timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT transfer_number_unique UNIQUE (school_id, number),
  CONSTRAINT transfer_two_stores CHECK (from_store_id <> to_store_id)
);
CREATE INDEX transfer_school_idx ON warehouse.transfer (school_id, transferred_on DESC, id DESC);

CREATE TABLE warehouse.transfer_line (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint        NOT NULL REFERENCES organization.school (id),
  transfer_id     bigint        NOT NULL REFERENCES warehouse.transfer (id),
  item_id         bigint        NOT NULL REFERENCES warehouse.item (id),
  quantity        numeric(14,3) NOT NULL CHECK (quantity > 0),
  amount          numeric(14,2) NOT NULL,
  out_movement_id bigint        NOT NULL REFERENCES warehouse.movement (id),
  in_movement_id  bigint        NOT NULL REFERENCES warehouse.movement (id)
);
CREATE INDEX transfer_line_transfer_idx ON warehouse.transfer_line (transfer_id);

GRANT SELECT, INSERT ON warehouse.transfer, warehouse.transfer_line TO houqin_app;
ALTER TABLE warehouse.transfer ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON warehouse.transfer
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
ALTER TABLE warehouse.transfer_line ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON warehouse.transfer_line
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));

INSERT INTO iam.permission (code, module) VALUES ('warehouse:transfer:write', 'warehouse');
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'warehouse:transfer:write' FROM iam.role r WHERE r.builtin AND r.code IN ('STOREKEEPER', 'DIRECTOR');
