-- 隐患: a hazard found by anyone (a room's QR, the menu) or raised by a failed checklist item, closed to the end:
-- 待派发 → 整改中 (a responsible person and a deadline by level) → 待复查 (measures, photos after, cost) → 已销号 by a
-- re-inspection of someone who is not the rectifier, or sent back. A duplicate is closed as 重复 with a reason.
CREATE TABLE safety.hazard (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id         bigint        NOT NULL REFERENCES organization.school (id),
  number            varchar(20)   NOT NULL,
  room_id           bigint        REFERENCES places.room (id),
  location          varchar(100),
  place             varchar(200)  NOT NULL,
  level             varchar(8)    NOT NULL CHECK (level IN ('GENERAL', 'MAJOR', 'SEVERE')),
  category          varchar(16)   NOT NULL CHECK (category IN ('FIRE', 'ELECTRICITY', 'BUILDING', 'EQUIPMENT',
                                                             'FOOD', 'TRAFFIC', 'SURROUNDINGS', 'OTHER')),
  description       varchar(1000) NOT NULL,
  source            varchar(200),
  status            varchar(12)   NOT NULL CHECK (status IN ('REPORTED', 'RECTIFYING', 'RECTIFIED', 'CLOSED',
                                                           'DUPLICATE')),
  reported_by       bigint        REFERENCES iam.app_user (id),
  reported_by_name  varchar(64)   NOT NULL,
  reported_at       timestamptz   NOT NULL,
  assignee_user_id  bigint        REFERENCES iam.app_user (id),
  assignee_name     varchar(64),
  assigned_at       timestamptz,
  due_at            timestamptz,
  required_measures varchar(1000),
  measures          varchar(1000),
  cost              numeric(14,2) CHECK (cost >= 0),
  rectified_by      bigint        REFERENCES iam.app_user (id),
  rectified_by_name varchar(64),
  rectified_at      timestamptz,
  checked_by        bigint        REFERENCES iam.app_user (id),
  checked_by_name   varchar(64),
  closed_at         timestamptz,
  reason            varchar(500),
  repair_id         bigint,
  escalated_at      timestamptz,
  bureau_due_at     timestamptz,
  bureau_sent_at    timestamptz,
  bureau_sent_by    bigint        REFERENCES iam.app_user (id),
  bureau_sent_by_name varchar(64),
  created_at        timestamptz   NOT NULL DEFAULT now(),
  version           int           NOT NULL DEFAULT 0,
  CONSTRAINT hazard_number_unique UNIQUE (school_id, number),
  CONSTRAINT hazard_place_given CHECK (room_id IS NOT NULL OR location IS NOT NULL)
);
CREATE INDEX hazard_register_idx ON safety.hazard (school_id, reported_at DESC, id DESC);
CREATE INDEX hazard_open_idx ON safety.hazard (school_id, status) WHERE status IN ('REPORTED', 'RECTIFYING', 'RECTIFIED');
CREATE INDEX hazard_assignee_idx ON safety.hazard (assignee_user_id) WHERE status = 'RECTIFYING';
CREATE INDEX hazard_reporter_idx ON safety.hazard (reported_by);
CREATE INDEX hazard_overdue_idx ON safety.hazard (due_at) WHERE status = 'RECTIFYING' AND escalated_at IS NULL;
CREATE INDEX hazard_repair_idx ON safety.hazard (school_id, repair_id) WHERE repair_id IS NOT NULL;

GRANT SELECT, INSERT, UPDATE ON safety.hazard TO houqin_app;
ALTER TABLE safety.hazard ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON safety.hazard
  USING ((SELECT platform.sees_every_school())
         OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]))
  WITH CHECK ((SELECT platform.sees_every_school())
              OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]));
