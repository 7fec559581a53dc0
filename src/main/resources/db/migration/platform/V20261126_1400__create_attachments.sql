-- Photos, signatures and files of any document. The bytes live outside the web root under the data folder, named
-- by this row's id; the row says whose they are.
CREATE TABLE platform.attachment (
  id           uuid         PRIMARY KEY,
  school_id    bigint       NOT NULL REFERENCES organization.school (id),
  owner_type   varchar(32)  NOT NULL CHECK (owner_type ~ '^[a-z][a-z_-]*$'),
  owner_id     bigint       NOT NULL,
  kind         varchar(16)  NOT NULL CHECK (kind IN ('PHOTO', 'SIGNATURE')),
  file_name    varchar(200) NOT NULL,
  content_type varchar(64)  NOT NULL,
  size_bytes   int          NOT NULL CHECK (size_bytes > 0),
  sha256       char(64)     NOT NULL,
  has_thumbnail boolean     NOT NULL DEFAULT false,
  created_by   bigint,
  created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX attachment_owner_idx ON platform.attachment (owner_type, owner_id);
GRANT SELECT, INSERT ON platform.attachment TO houqin_app;
ALTER TABLE platform.attachment ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON platform.attachment
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
