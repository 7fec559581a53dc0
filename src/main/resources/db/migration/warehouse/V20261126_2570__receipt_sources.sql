-- Where goods come from: bought (采购), given (捐赠) or brought back by whoever took them (退库).
ALTER TABLE warehouse.receipt ADD COLUMN source varchar(16) NOT NULL DEFAULT 'PURCHASE'
  CHECK (source IN ('PURCHASE', 'DONATION', 'RETURN'));
