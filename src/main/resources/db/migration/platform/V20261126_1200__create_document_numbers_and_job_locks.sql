-- Human document numbers per type, school and year (BX-2026-00017). The counter row is taken in the business
-- transaction, so a rolled-back document gives its number back and numbers have no gaps.
CREATE TABLE platform.document_counter (
  school_id  bigint      NOT NULL REFERENCES organization.school (id),
  doc_type   varchar(8)  NOT NULL CHECK (doc_type ~ '^[A-Z]{2,8}$'),
  year       int         NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  last_value int         NOT NULL CHECK (last_value > 0),
  PRIMARY KEY (school_id, doc_type, year)
);
GRANT SELECT, INSERT, UPDATE ON platform.document_counter TO houqin_app;
ALTER TABLE platform.document_counter ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON platform.document_counter
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));

-- ShedLock: a scheduled job runs on one node at a time.
CREATE TABLE platform.shedlock (
  name       varchar(64)  NOT NULL PRIMARY KEY,
  lock_until timestamptz  NOT NULL,
  locked_at  timestamptz  NOT NULL,
  locked_by  varchar(255) NOT NULL
);
GRANT SELECT, INSERT, UPDATE ON platform.shedlock TO houqin_app;
