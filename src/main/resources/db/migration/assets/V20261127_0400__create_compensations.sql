-- 公物损坏赔偿: a case from a repair found to be man-made damage, from an asset missing in a stocktake, or entered by
-- the office; the person or class responsible, the amount by the school's rule, the printed notice, the payment.
CREATE TABLE assets.compensation (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id         bigint        NOT NULL REFERENCES organization.school (id),
  number            varchar(20)   NOT NULL,
  source            varchar(16)   NOT NULL CHECK (source IN ('REPAIR', 'STOCKTAKE', 'OFFICE')),
  repair_id         bigint        REFERENCES repairs.request (id),
  repair_number     varchar(24),
  stocktake_item_id bigint        REFERENCES assets.stocktake_item (id),
  asset_id          bigint        REFERENCES assets.asset (id),
  class_id          bigint        REFERENCES organization.school_class (id),
  student_name      varchar(40),
  staff_id          bigint        REFERENCES organization.staff (id),
  description       varchar(300)  NOT NULL,
  basis             varchar(16)   CHECK (basis IN ('REPAIR_COST', 'NET_VALUE', 'FIXED')),
  base_amount       numeric(14,2) CHECK (base_amount >= 0),
  share             numeric(5,2)  CHECK (share > 0 AND share <= 100),
  amount            numeric(14,2) CHECK (amount >= 0),
  due_on            date,
  status            varchar(16)   NOT NULL CHECK (status IN ('PENDING', 'DUE', 'PAID', 'WAIVED')),
  paid_amount       numeric(14,2) CHECK (paid_amount >= 0),
  paid_on           date,
  payer_name        varchar(40),
  receipt_no        varchar(40),
  close_note        varchar(200),
  created_by_name   varchar(40)   NOT NULL,
  created_at        timestamptz   NOT NULL DEFAULT now(),
  closed_at         timestamptz,
  version           int           NOT NULL DEFAULT 0,
  CONSTRAINT compensation_number_unique UNIQUE (school_id, number),
  CONSTRAINT compensation_repair_once UNIQUE (repair_id),
  CONSTRAINT compensation_stocktake_once UNIQUE (stocktake_item_id)
);
CREATE INDEX compensation_school_idx ON assets.compensation (school_id, created_at DESC, id DESC);
CREATE INDEX compensation_class_idx ON assets.compensation (school_id, class_id);

GRANT SELECT, INSERT, UPDATE ON assets.compensation TO houqin_app;
ALTER TABLE assets.compensation ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON assets.compensation
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));

INSERT INTO iam.permission (code, module) VALUES ('assets:compensation:write', 'assets');
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'assets:compensation:write' FROM iam.role r WHERE r.builtin AND r.code IN ('STOREKEEPER', 'DIRECTOR');
