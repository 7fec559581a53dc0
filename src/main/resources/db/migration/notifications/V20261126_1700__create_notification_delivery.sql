-- Notifications also leave Houqin by e-mail and through group robots (企业微信, 钉钉). notify() writes the outgoing
-- messages into notifications.delivery in the business transaction (an outbox); a scheduled job sends them after
-- commit and retries, so a mail server or robot that is down never undoes the business action.

-- A user's own e-mail address for notifications, set by the user on "my notification settings".
CREATE TABLE notifications.user_channel (
  user_id       bigint       PRIMARY KEY REFERENCES iam.app_user (id) ON DELETE CASCADE,
  school_id     bigint       NOT NULL REFERENCES organization.school (id),
  email         varchar(254),
  email_enabled boolean      NOT NULL DEFAULT true,
  version       int          NOT NULL DEFAULT 0
);

-- The group robots of a school: at most one 企业微信 and one 钉钉 robot. The URLs carry the robot's key.
CREATE TABLE notifications.school_webhook (
  school_id        bigint       PRIMARY KEY REFERENCES organization.school (id),
  wecom_url        varchar(500),
  wecom_enabled    boolean      NOT NULL DEFAULT false,
  dingtalk_url     varchar(500),
  dingtalk_enabled boolean      NOT NULL DEFAULT false,
  version          int          NOT NULL DEFAULT 0
);

-- One outgoing message: an e-mail to one address, or one robot post per notify() call.
CREATE TABLE notifications.delivery (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint       NOT NULL REFERENCES organization.school (id),
  channel         varchar(16)  NOT NULL CHECK (channel IN ('EMAIL', 'WECOM', 'DINGTALK')),
  target          varchar(500) NOT NULL,
  subject         varchar(200) NOT NULL,
  body            text         NOT NULL,
  status          varchar(16)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts        int          NOT NULL DEFAULT 0,
  next_attempt_at timestamptz  NOT NULL DEFAULT now(),
  last_error      varchar(300),
  created_at      timestamptz  NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX delivery_due_idx ON notifications.delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_school_idx ON notifications.delivery (school_id, created_at DESC);

GRANT SELECT, INSERT, UPDATE ON notifications.user_channel, notifications.school_webhook, notifications.delivery
  TO houqin_app;

ALTER TABLE notifications.user_channel ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON notifications.user_channel
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
ALTER TABLE notifications.school_webhook ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON notifications.school_webhook
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));
ALTER TABLE notifications.delivery ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON notifications.delivery
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));

-- The permissions, granted to the built-in administrator role of every school that exists already (new schools get
-- them from the role templates).
INSERT INTO iam.permission (code, module) VALUES
  ('notifications:delivery:read', 'notifications'),
  ('notifications:settings:write', 'notifications');

INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, p.code FROM iam.role r CROSS JOIN iam.permission p
WHERE r.builtin AND r.code = 'ADMIN' AND p.module = 'notifications'
ON CONFLICT DO NOTHING;
