-- A material taken from the warehouse keeps its item and the ledger line that took it out of stock.
ALTER TABLE repairs.material ADD COLUMN item_id bigint REFERENCES warehouse.item (id);
ALTER TABLE repairs.material ADD COLUMN movement_id bigint REFERENCES warehouse.movement (id);
