-- 库存预警: an item in a store below its reorder point (LOW), or holding stock nobody has taken for a long time
-- (SLOW, 呆滞). Raised once and told once; cleared when the stock is back above the point or moves again, so the
-- next time it happens is told again.
CREATE TABLE warehouse.stock_alert (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id  bigint      NOT NULL REFERENCES organization.school (id),
  item_id    bigint      NOT NULL REFERENCES warehouse.item (id),
  store_id   bigint      NOT NULL REFERENCES warehouse.store (id),
  kind       varchar(8)  NOT NULL CHECK (kind IN ('LOW', 'SLOW')),
  raised_at  timestamptz NOT NULL,
  cleared_at timestamptz
);
CREATE UNIQUE INDEX stock_alert_open ON warehouse.stock_alert (item_id, store_id, kind) WHERE cleared_at IS NULL;

GRANT SELECT, INSERT, UPDATE ON warehouse.stock_alert TO houqin_app;
ALTER TABLE warehouse.stock_alert ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON warehouse.stock_alert
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
