-- The register's sorts each have an index led by the school, so a page in any offered order walks the index and
-- stops after the page instead of sorting every card (ADR 0020, note of 2026-12-07). Descending orders of these
-- NOT NULL keys are plain DESC (Sorts.neverNull), which the same indexes serve walked backwards. Already indexed:
-- number (asset_number_unique), status (asset_status_idx). The category's code is on the joined category: not.
CREATE INDEX asset_name_idx ON assets.asset (school_id, name);
CREATE INDEX asset_purchased_idx ON assets.asset (school_id, purchased_on);
CREATE INDEX asset_value_idx ON assets.asset (school_id, (unit_value * quantity));
