-- 月度单据消耗: the consumption of each document in each month, kept by the ledger's trigger beside
-- warehouse.consumption_month (bench/README.md, next cost 1 of issue 13). The consumption report grouped by
-- department or by month counts documents; over five years it read every line of the ledger for that count. With one
-- row per consuming document and month it reads the documents instead. A document whose lines fall in more than one
-- month (an issue reversed the next month) is marked as spanning; the report sums those per document first, so such a
-- document counts once in a period holding both months, as before; every other row is one document.
CREATE TABLE warehouse.consumption_document (
  school_id     bigint        NOT NULL REFERENCES organization.school (id),
  month         date          NOT NULL CHECK (extract(day FROM month) = 1),
  document_type varchar(8)    NOT NULL,
  document_id   bigint,
  department_id bigint        REFERENCES organization.department (id),
  lines         int           NOT NULL,
  quantity      numeric(16,3) NOT NULL,
  amount        numeric(16,2) NOT NULL,
  spans         boolean       NOT NULL DEFAULT false,
  CONSTRAINT consumption_document_key UNIQUE NULLS NOT DISTINCT
    (school_id, month, document_type, document_id, department_id)
);

INSERT INTO warehouse.consumption_document (school_id, month, document_type, document_id, department_id, lines,
                                            quantity, amount)
SELECT school_id, CAST(date_trunc('month', occurred_on) AS date), document_type, document_id, department_id, count(*),
       sum(quantity), sum(amount)
FROM warehouse.movement
WHERE kind IN ('ISSUE', 'REVERSAL') OR (kind = 'RECEIPT' AND document_type = 'FF')
GROUP BY 1, 2, 3, 4, 5;
CREATE INDEX consumption_document_idx ON warehouse.consumption_document (document_type, document_id);
UPDATE warehouse.consumption_document d SET spans = true
FROM (SELECT school_id, document_type, document_id FROM warehouse.consumption_document
      GROUP BY 1, 2, 3 HAVING count(*) > 1 OR document_id IS NULL) s
WHERE s.school_id = d.school_id AND s.document_type = d.document_type
  AND s.document_id IS NOT DISTINCT FROM d.document_id;

GRANT SELECT ON warehouse.consumption_document TO houqin_app;
ALTER TABLE warehouse.consumption_document ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON warehouse.consumption_document
  USING ((SELECT platform.sees_every_school())
         OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]))
  WITH CHECK ((SELECT platform.sees_every_school())
              OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]));

-- The monthly sums are also read by school and period (the report's totals and trend without an item).
CREATE INDEX consumption_month_school_idx ON warehouse.consumption_month (school_id, month);

-- The trigger of V20261207_1330, with the document's month added up in the same statement as the line.
CREATE OR REPLACE FUNCTION warehouse.apply_movement() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, warehouse AS
$$
DECLARE
  held      numeric(14,3);
  value     numeric(14,2);
  lowest    numeric(14,3);
  later     numeric(14,3);
  later_low numeric(14,3);
  doc_lines int;
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
    INSERT INTO warehouse.consumption_document AS d (school_id, month, document_type, document_id, department_id, lines,
                                                     quantity, amount)
    VALUES (NEW.school_id, CAST(date_trunc('month', NEW.occurred_on) AS date), NEW.document_type, NEW.document_id,
            NEW.department_id, 1, NEW.quantity, NEW.amount)
    ON CONFLICT ON CONSTRAINT consumption_document_key
    DO UPDATE SET lines = d.lines + 1, quantity = d.quantity + EXCLUDED.quantity, amount = d.amount + EXCLUDED.amount
    RETURNING lines INTO doc_lines;
    IF doc_lines = 1 THEN
      -- the document's first line in this month: does it have another month? Lines of one document written at once
      -- by two transactions (an issue and its reversal) take turns here, so the second one sees the first's month.
      PERFORM pg_advisory_xact_lock(hashtextextended('consumption_document:' || NEW.document_type || ':'
                                                     || coalesce(CAST(NEW.document_id AS text), ''), 0));
      IF NEW.document_id IS NULL THEN
        UPDATE warehouse.consumption_document SET spans = true
        WHERE school_id = NEW.school_id AND document_type = NEW.document_type AND document_id IS NULL AND NOT spans;
      ELSIF EXISTS (SELECT 1 FROM warehouse.consumption_document
                    WHERE document_type = NEW.document_type AND document_id = NEW.document_id
                      AND school_id = NEW.school_id
                      AND month <> CAST(date_trunc('month', NEW.occurred_on) AS date)) THEN
        UPDATE warehouse.consumption_document SET spans = true
        WHERE document_type = NEW.document_type AND document_id = NEW.document_id AND school_id = NEW.school_id
          AND NOT spans;
      END IF;
    END IF;
  END IF;
  RETURN NEW;
END
$$;
