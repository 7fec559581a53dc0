CREATE SCHEMA warehouse;
GRANT USAGE ON SCHEMA warehouse TO houqin_app;

-- 仓库: 总仓库, 文印室, …
CREATE TABLE warehouse.store (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id bigint      NOT NULL REFERENCES organization.school (id),
  code      varchar(16) NOT NULL,
  name      varchar(40) NOT NULL,
  active    boolean     NOT NULL DEFAULT true,
  version   int         NOT NULL DEFAULT 0,
  CONSTRAINT store_code_unique UNIQUE (school_id, code)
);

-- 物品类别: an editable dictionary per school (办公用品, 清洁用品, 维修材料, 教材, 作业本, 电教耗材, 劳保用品, 其他).
CREATE TABLE warehouse.item_category (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id  bigint      NOT NULL REFERENCES organization.school (id),
  name       varchar(32) NOT NULL,
  sort_order int         NOT NULL DEFAULT 0,
  active     boolean     NOT NULL DEFAULT true,
  version    int         NOT NULL DEFAULT 0,
  CONSTRAINT item_category_name_unique UNIQUE (school_id, name)
);
INSERT INTO warehouse.item_category (school_id, name, sort_order)
SELECT s.id, c.name, c.sort_order FROM organization.school s
CROSS JOIN (VALUES ('办公用品', 10), ('清洁用品', 20), ('维修材料', 30), ('教材', 40), ('作业本', 50), ('电教耗材', 60),
                   ('劳保用品', 70), ('其他', 80)) AS c (name, sort_order);

-- 物品
CREATE TABLE warehouse.item (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id        bigint        NOT NULL REFERENCES organization.school (id),
  code             varchar(32)   NOT NULL,
  name             varchar(64)   NOT NULL,
  specification    varchar(64),
  unit             varchar(8)    NOT NULL,
  category_id      bigint        NOT NULL REFERENCES warehouse.item_category (id),
  reorder_point    numeric(14,3) NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
  default_store_id bigint        REFERENCES warehouse.store (id),
  active           boolean       NOT NULL DEFAULT true,
  version          int           NOT NULL DEFAULT 0,
  CONSTRAINT item_code_unique UNIQUE (school_id, code)
);

-- 库存: what the ledger adds up to, per item and store. Only the ledger's trigger changes it.
CREATE TABLE warehouse.balance (
  school_id bigint        NOT NULL REFERENCES organization.school (id),
  item_id   bigint        NOT NULL REFERENCES warehouse.item (id),
  store_id  bigint        NOT NULL REFERENCES warehouse.store (id),
  quantity  numeric(14,3) NOT NULL DEFAULT 0 CONSTRAINT balance_never_negative CHECK (quantity >= 0),
  amount    numeric(14,2) NOT NULL DEFAULT 0 CONSTRAINT balance_value_never_negative CHECK (amount >= 0),
  PRIMARY KEY (item_id, store_id)
);
CREATE INDEX balance_school_idx ON warehouse.balance (school_id, store_id);

-- 出入库流水: append-only. A mistake is corrected by a reversal (reverses_id), never by UPDATE or DELETE.
CREATE TABLE warehouse.movement (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint        NOT NULL REFERENCES organization.school (id),
  item_id         bigint        NOT NULL REFERENCES warehouse.item (id),
  store_id        bigint        NOT NULL REFERENCES warehouse.store (id),
  kind            varchar(16)   NOT NULL CHECK (kind IN ('RECEIPT', 'ISSUE', 'TRANSFER_IN', 'TRANSFER_OUT', 'ADJUST_IN',
                                                      'ADJUST_OUT', 'REVERSAL')),
  quantity        numeric(14,3) NOT NULL CHECK (quantity <> 0),
  unit_cost       numeric(14,4) NOT NULL DEFAULT 0 CHECK (unit_cost >= 0),
  amount          numeric(14,2) NOT NULL DEFAULT 0,
  occurred_on     date          NOT NULL,
  document_type   varchar(8)    NOT NULL,
  document_id     bigint,
  document_number varchar(20),
  reverses_id     bigint        REFERENCES warehouse.movement (id) CONSTRAINT movement_reversed_once UNIQUE,
  note            varchar(200),
  created_by      bigint        REFERENCES iam.app_user (id),
  created_at      timestamptz   NOT NULL DEFAULT now(),
  CONSTRAINT movement_sign CHECK ((kind IN ('RECEIPT', 'TRANSFER_IN', 'ADJUST_IN') AND quantity > 0)
                               OR (kind IN ('ISSUE', 'TRANSFER_OUT', 'ADJUST_OUT') AND quantity < 0)
                               OR kind = 'REVERSAL')
);
CREATE INDEX movement_item_idx ON warehouse.movement (item_id, store_id, occurred_on, id);
CREATE INDEX movement_school_idx ON warehouse.movement (school_id, occurred_on DESC, id DESC);
CREATE INDEX movement_document_idx ON warehouse.movement (document_type, document_id);

-- Every movement passes here before it is written, under the lock of its item's balance in its store:
-- a stock-out must leave the balance on its own day and on every later day at or above zero (so a back-dated
-- issue cannot make a later balance negative); an issue is costed at the moving average; the balance follows.
CREATE FUNCTION warehouse.apply_movement() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, warehouse AS
$$
DECLARE
  held   numeric(14,3);
  value  numeric(14,2);
  lowest numeric(14,3);
BEGIN
  INSERT INTO warehouse.balance (school_id, item_id, store_id) VALUES (NEW.school_id, NEW.item_id, NEW.store_id)
  ON CONFLICT DO NOTHING;
  SELECT quantity, amount INTO held, value FROM warehouse.balance
  WHERE item_id = NEW.item_id AND store_id = NEW.store_id FOR UPDATE;
  IF NEW.quantity < 0 THEN
    SELECT least(
             coalesce((SELECT sum(quantity) FROM warehouse.movement
                       WHERE item_id = NEW.item_id AND store_id = NEW.store_id AND occurred_on <= NEW.occurred_on), 0),
             (SELECT min(running) FROM (
                SELECT occurred_on, sum(quantity) OVER (ORDER BY occurred_on, id) AS running FROM warehouse.movement
                WHERE item_id = NEW.item_id AND store_id = NEW.store_id) later
              WHERE later.occurred_on > NEW.occurred_on))
      INTO lowest;
    IF lowest + NEW.quantity < 0 THEN
      RAISE EXCEPTION USING ERRCODE = 'HQ001', MESSAGE = 'stock.insufficient',
        DETAIL = format('item %s store %s needs %s, has %s', NEW.item_id, NEW.store_id, -NEW.quantity, lowest);
    END IF;
    IF NEW.reverses_id IS NULL OR NEW.amount = 0 THEN
      -- costed at the moving average; the last units take the rest of the value, so nothing is left over
      IF held + NEW.quantity = 0 THEN
        NEW.amount := -value;
      ELSE
        NEW.amount := -round(value / held * -NEW.quantity, 2);
      END IF;
      NEW.unit_cost := round(-NEW.amount / -NEW.quantity, 4);
    END IF;
  ELSIF NEW.amount = 0 THEN
    NEW.amount := round(NEW.quantity * NEW.unit_cost, 2);
  END IF;
  UPDATE warehouse.balance SET quantity = quantity + NEW.quantity, amount = amount + NEW.amount
  WHERE item_id = NEW.item_id AND store_id = NEW.store_id;
  RETURN NEW;
END
$$;
CREATE TRIGGER movement_applies BEFORE INSERT ON warehouse.movement
  FOR EACH ROW EXECUTE FUNCTION warehouse.apply_movement();

GRANT SELECT, INSERT, UPDATE ON warehouse.store, warehouse.item_category, warehouse.item TO houqin_app;
GRANT SELECT ON warehouse.balance TO houqin_app;
GRANT SELECT, INSERT ON warehouse.movement TO houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['store', 'item_category', 'item', 'balance', 'movement'] LOOP
    EXECUTE format('ALTER TABLE warehouse.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON warehouse.%I
                      USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))', t);
  END LOOP;
END
$$;
