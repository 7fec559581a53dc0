-- One append-only history for every record that has one (an asset card, a document). An entry is a message key with
-- its arguments, shown in the reader's language, never a sentence stored in one language.
CREATE TABLE platform.timeline_event (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id    bigint       NOT NULL REFERENCES organization.school (id),
  subject_type varchar(32)  NOT NULL CHECK (subject_type ~ '^[a-z][a-z_-]*$'),
  subject_id   bigint       NOT NULL,
  kind         varchar(32)  NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]*$'),
  message_key  varchar(100) NOT NULL CHECK (message_key ~ '^[a-zA-Z][a-zA-Z0-9_.]*$'),
  args         jsonb        NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(args) = 'array'),
  link         varchar(200) CHECK (link ~ '^/[^/]'),
  actor_id     bigint       REFERENCES iam.app_user (id),
  actor_name   varchar(40)  NOT NULL,
  happened_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX timeline_event_subject_idx ON platform.timeline_event (school_id, subject_type, subject_id, happened_at DESC, id DESC);

-- Append-only: the application may add entries and read them, never change or remove one.
GRANT SELECT, INSERT ON platform.timeline_event TO houqin_app;
ALTER TABLE platform.timeline_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON platform.timeline_event
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
