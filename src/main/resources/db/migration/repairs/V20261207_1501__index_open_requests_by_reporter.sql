-- The home page's "my open reports" count (RepairTileQueries.myOpenReports) on every visit of every reporter. With
-- request_reporter_idx alone it visited each of the reporter's requests of all years to check its status; this
-- index holds only the requests still open, so the count reads a handful of entries. The statuses are the query's.
CREATE INDEX request_open_reporter_idx ON repairs.request (school_id, reporter_user_id)
  WHERE status NOT IN ('DONE', 'REJECTED', 'CANCELLED');
