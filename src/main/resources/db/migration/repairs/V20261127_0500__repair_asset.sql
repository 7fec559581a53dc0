-- A repair may be about one fixed asset (报修 from the asset's card): the card shows 维修中 while it is repaired and the
-- repair in its history. Kept only when the reporter could see the card.
ALTER TABLE repairs.request ADD COLUMN asset_id bigint REFERENCES assets.asset (id);
CREATE INDEX request_asset_idx ON repairs.request (school_id, asset_id) WHERE asset_id IS NOT NULL;
