-- The item list's sorts by name and reorder point get indexes led by the school (code has item_code_unique); the
-- category's order is on the joined category. The balance list's sorts by quantity and value get none on purpose:
-- the ledger's trigger updates a balance on every movement, and an index on those columns would turn each of those
-- updates from a heap-only (HOT) update into one that writes every index of the table; a school has a few thousand
-- balances, which sort in about a millisecond.
CREATE INDEX item_name_idx ON warehouse.item (school_id, name);
CREATE INDEX item_reorder_idx ON warehouse.item (school_id, reorder_point);
