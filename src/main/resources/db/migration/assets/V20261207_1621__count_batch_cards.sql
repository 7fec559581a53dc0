-- A batch card (课桌椅 ×44) is counted with the quantity the team saw (counted_quantity); fewer than the card held
-- when the campaign listed it (listed_quantity) is a partial loss (部分盘亏), written off by splitting the lost items
-- off the card once the approval ends.
ALTER TABLE assets.stocktake_item
  ADD COLUMN listed_quantity  integer CHECK (listed_quantity >= 1),
  ADD COLUMN counted_quantity integer CHECK (counted_quantity >= 0);
UPDATE assets.stocktake_item i SET listed_quantity = a.quantity FROM assets.asset a WHERE a.id = i.asset_id;
