-- Every offered sort of the request list has an index led by the school (ADR 0020, note of 2026-12-07): priority (with
-- the day reported, the open list's default order), due, place. Already indexed: reported (request_recent_idx),
-- number (request_number_unique), status (request_board_idx). Descending orders are plain DESC (Sorts.neverNull).
CREATE INDEX request_priority_idx ON repairs.request (school_id, priority_rank, reported_at);
CREATE INDEX request_due_idx ON repairs.request (school_id, due_at);
CREATE INDEX request_place_idx ON repairs.request (school_id, place);
