CREATE SCHEMA notifications;
GRANT USAGE ON SCHEMA notifications TO houqin_app;

-- One row per recipient. The text is a message key with arguments, shown in the reader's language.
CREATE TABLE notifications.notification (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id   bigint       NOT NULL REFERENCES organization.school (id),
  user_id     bigint       NOT NULL REFERENCES iam.app_user (id) ON DELETE CASCADE,
  message_key varchar(100) NOT NULL,
  args        text[]       NOT NULL DEFAULT '{}',
  link        varchar(300) CHECK (link IS NULL OR (link LIKE '/%' AND link NOT LIKE '//%')),
  created_at  timestamptz  NOT NULL DEFAULT now(),
  read_at     timestamptz
);
CREATE INDEX notification_unread_idx ON notifications.notification (user_id, created_at DESC) WHERE read_at IS NULL;
CREATE INDEX notification_user_idx ON notifications.notification (user_id, created_at DESC);

GRANT SELECT, INSERT, UPDATE ON notifications.notification TO houqin_app;
ALTER TABLE notifications.notification ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON notifications.notification
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
