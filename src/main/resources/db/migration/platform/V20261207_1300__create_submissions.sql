-- 防重复提交: the document each submission key made. A form carries its key from the moment it is shown, an API client
-- sends its Idempotency-Key; the same key again answers this document instead of making a second one.
CREATE TABLE platform.submission (
  school_id      bigint      NOT NULL REFERENCES organization.school (id),
  document_type  varchar(8)  NOT NULL CHECK (document_type ~ '^[A-Z]{2,8}$'),
  submission_key uuid        NOT NULL,
  document_id    bigint      NOT NULL,
  submitted_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, document_type, submission_key)
);

GRANT SELECT, INSERT ON platform.submission TO houqin_app;
ALTER TABLE platform.submission ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON platform.submission
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
