-- Two changes to the ledger's trigger (ADR 0009: the ledger stays the source of truth; bench/README.md, warehouse
-- findings 4 and 5):
-- 1. A stock-out's check reads only the lines after its day instead of the item's whole history in the store.
--    The balance always equals the ledger's sum, so the balance at the end of the day is what is held now less what
--    came after the day, and the lowest later balance is that plus the lowest running sum of the later lines.
-- 2. Consumption is also added up per month, in the same statement as the line: reports over years read the months
--    instead of every line.

-- 月度消耗: per school, month, department (or none), document type, kind, item and store, the consumption lines
-- (issues, reversals, books brought back from a distribution) of the ledger added up. Only the ledger's trigger
-- writes it, under the lock of the item's balance in the store, so it is always exactly the sum of its lines.
CREATE TABLE warehouse.consumption_month (
  school_id     bigint        NOT NULL REFERENCES organization.school (id),
  month         date          NOT NULL CHECK (extract(day FROM month) = 1),
  department_id bigint        REFERENCES organization.department (id),
  document_type varchar(8)    NOT NULL,
  kind          varchar(16)   NOT NULL,
  item_id       bigint        NOT NULL REFERENCES warehouse.item (id),
  store_id      bigint        NOT NULL REFERENCES warehouse.store (id),
  lines         int           NOT NULL,
  quantity      numeric(16,3) NOT NULL,
  amount        numeric(16,2) NOT NULL,
  CONSTRAINT consumption_month_key UNIQUE NULLS NOT DISTINCT
    (school_id, month, department_id, document_type, kind, item_id, store_id)
);
CREATE INDEX consumption_month_item_idx ON warehouse.consumption_month (item_id, month);

INSERT INTO warehouse.consumption_month (school_id, month, department_id, document_type, kind, item_id, store_id,
                                         lines, quantity, amount)
SELECT school_id, CAST(date_trunc('month', occurred_on) AS date), department_id, document_type, kind, item_id,
       store_id, count(*), sum(quantity), sum(amount)
FROM warehouse.movement
WHERE kind IN ('ISSUE', 'REVERSAL') OR (kind = 'RECEIPT' AND document_type = 'FF')
GROUP BY 1, 2, 3, 4, 5, 6, 7;

GRANT SELECT ON warehouse.consumption_month TO houqin_app;
ALTER TABLE warehouse.consumption_month ENABLE ROW LEVEL SECURITY;
-- the school scope read once per query, as every policy since V20261207_1310 (platform)
CREATE POLICY school_isolation ON warehouse.consumption_month
  USING ((SELECT platform.sees_every_school())
         OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]))
  WITH CHECK ((SELECT platform.sees_every_school())
              OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]));

CREATE OR REPLACE FUNCTION warehouse.apply_movement() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, warehouse AS
$$
DECLARE
  held      numeric(14,3);
  value     numeric(14,2);
  lowest    numeric(14,3);
  later     numeric(14,3);
  later_low numeric(14,3);
BEGIN
  INSERT INTO warehouse.balance (school_id, item_id, store_id) VALUES (NEW.school_id, NEW.item_id, NEW.store_id)
  ON CONFLICT DO NOTHING;
  SELECT quantity, amount INTO held, value FROM warehouse.balance
  WHERE item_id = NEW.item_id AND store_id = NEW.store_id FOR UPDATE;
  IF NEW.quantity < 0 THEN
    -- held is locked above and only this trigger changes it, so it is the sum of every line so far
    SELECT coalesce(sum(quantity), 0), least(coalesce(min(running), 0), 0) INTO later, later_low
    FROM (SELECT quantity, sum(quantity) OVER (ORDER BY occurred_on, id) AS running FROM warehouse.movement
          WHERE item_id = NEW.item_id AND store_id = NEW.store_id AND occurred_on > NEW.occurred_on) after_day;
    lowest := held - later + later_low;
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
  IF NEW.kind IN ('ISSUE', 'REVERSAL') OR (NEW.kind = 'RECEIPT' AND NEW.document_type = 'FF') THEN
    INSERT INTO warehouse.consumption_month AS c (school_id, month, department_id, document_type, kind, item_id,
                                                  store_id, lines, quantity, amount)
    VALUES (NEW.school_id, CAST(date_trunc('month', NEW.occurred_on) AS date), NEW.department_id, NEW.document_type,
            NEW.kind, NEW.item_id, NEW.store_id, 1, NEW.quantity, NEW.amount)
    ON CONFLICT ON CONSTRAINT consumption_month_key
    DO UPDATE SET lines = c.lines + 1, quantity = c.quantity + EXCLUDED.quantity, amount = c.amount + EXCLUDED.amount;
  END IF;
  RETURN NEW;
END
$$;

-- The consumption index carries quantity and value, so the semester figures on a requisition and the reports'
-- partial months read the index alone (measured 175 → 146 ms for a school year's report, bench/README.md).
CREATE INDEX movement_consumption_cover_idx ON warehouse.movement (school_id, occurred_on, department_id, item_id)
  INCLUDE (quantity, amount) WHERE kind IN ('ISSUE', 'REVERSAL');
DROP INDEX warehouse.movement_consumption_idx;
