-- "Issue from another store": a requisition's line handed over from a store other than the requisition's own is
-- first moved there by a 调拨单 in the same transaction; the issue line names that transfer.
ALTER TABLE warehouse.requisition_issue_line ADD COLUMN transfer_id bigint REFERENCES warehouse.transfer (id);
