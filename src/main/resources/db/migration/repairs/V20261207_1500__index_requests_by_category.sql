-- The list of one category's requests (the filter every list offers) in its default order, newest first. Without
-- it, the page's bounded count read the whole school's requests to find a small category's: 40 ms of CPU per page
-- for a category of 1,000 or 10,000 among 161,000 requests, against 8 ms for one of 100,000 (SchoolBenchmark,
-- bench/README.md, 2026-12-07).
CREATE INDEX request_category_idx ON repairs.request (school_id, category_id, reported_at DESC, id DESC);
