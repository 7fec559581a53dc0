CREATE SCHEMA repairs;
GRANT USAGE ON SCHEMA repairs TO houqin_app;

-- 报修类别: an editable dictionary per school. "teaching" marks equipment whose fault stops teaching.
CREATE TABLE repairs.category (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id  bigint      NOT NULL REFERENCES organization.school (id),
  name       varchar(32) NOT NULL,
  teaching   boolean     NOT NULL DEFAULT false,
  sort_order int         NOT NULL DEFAULT 0,
  active     boolean     NOT NULL DEFAULT true,
  version    int         NOT NULL DEFAULT 0,
  CONSTRAINT category_name_unique UNIQUE (school_id, name)
);

-- One row per school; the numbers are the school's own policy, with the defaults of the design.
CREATE TABLE repairs.settings (
  school_id          bigint  PRIMARY KEY REFERENCES organization.school (id),
  urgent_hours       int     NOT NULL DEFAULT 2 CHECK (urgent_hours BETWEEN 1 AND 720),
  teaching_hours     int     NOT NULL DEFAULT 24 CHECK (teaching_hours BETWEEN 1 AND 720),
  normal_hours       int     NOT NULL DEFAULT 72 CHECK (normal_hours BETWEEN 1 AND 720),
  auto_close_days    int     NOT NULL DEFAULT 7 CHECK (auto_close_days BETWEEN 1 AND 90),
  guest_reporting    boolean NOT NULL DEFAULT false,
  guest_hourly_limit int     NOT NULL DEFAULT 5 CHECK (guest_hourly_limit BETWEEN 1 AND 100),
  version            int     NOT NULL DEFAULT 0
);

-- 定期维护计划
CREATE TABLE repairs.plan (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id        bigint       NOT NULL REFERENCES organization.school (id),
  name             varchar(60)  NOT NULL,
  category_id      bigint       NOT NULL REFERENCES repairs.category (id),
  room_id          bigint       REFERENCES places.room (id),
  location         varchar(100),
  description      varchar(500) NOT NULL,
  cadence          varchar(16)  NOT NULL CHECK (cadence IN ('WEEKLY', 'MONTHLY', 'QUARTERLY', 'SEMESTER', 'YEARLY')),
  next_due_on      date         NOT NULL,
  assignee_user_id bigint       REFERENCES iam.app_user (id),
  active           boolean      NOT NULL DEFAULT true,
  version          int          NOT NULL DEFAULT 0,
  CONSTRAINT plan_name_unique UNIQUE (school_id, name)
);

-- 报修单
CREATE TABLE repairs.request (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id              bigint        NOT NULL REFERENCES organization.school (id),
  number                 varchar(20)   NOT NULL,
  category_id            bigint        NOT NULL REFERENCES repairs.category (id),
  room_id                bigint        REFERENCES places.room (id),
  location               varchar(100),
  place                  varchar(160)  NOT NULL,
  description            varchar(1000) NOT NULL,
  urgent                 boolean       NOT NULL DEFAULT false,
  priority               varchar(16)   NOT NULL CHECK (priority IN ('URGENT', 'TEACHING', 'NORMAL')),
  priority_rank          smallint      GENERATED ALWAYS AS
                           (CASE priority WHEN 'URGENT' THEN 0 WHEN 'TEACHING' THEN 1 ELSE 2 END) STORED,
  status                 varchar(16)   NOT NULL CHECK (status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD',
                                         'OUTSOURCED', 'AWAITING_CHECK', 'DONE', 'REJECTED', 'ESCALATED', 'CANCELLED')),
  reporter_user_id       bigint        REFERENCES iam.app_user (id),
  reporter_name          varchar(64)   NOT NULL,
  reporter_phone         varchar(20),
  reporter_department_id bigint        REFERENCES organization.department (id),
  guest_address          varchar(45),
  plan_id                bigint        REFERENCES repairs.plan (id),
  plan_due_on            date,
  reported_at            timestamptz   NOT NULL,
  due_at                 timestamptz   NOT NULL,
  assignee_user_id       bigint        REFERENCES iam.app_user (id),
  assignee_name          varchar(64),
  contractor             varchar(100),
  contractor_cost        numeric(14,2) CHECK (contractor_cost >= 0),
  assigned_at            timestamptz,
  first_assigned_at      timestamptz,   -- the office's first answer, for response times; kept when reassigned
  started_at             timestamptz,
  finished_at            timestamptz,
  closed_at              timestamptz,
  work_note              varchar(1000),
  work_hours             numeric(6,2)  CHECK (work_hours > 0),
  rating                 smallint      CHECK (rating BETWEEN 1 AND 5),
  rating_comment         varchar(500),
  auto_closed            boolean       NOT NULL DEFAULT false,
  reason                 varchar(500),
  overdue_notified       boolean       NOT NULL DEFAULT false,
  damage                 boolean       NOT NULL DEFAULT false,
  damage_class_id        bigint        REFERENCES organization.school_class (id),
  damage_staff_id        bigint        REFERENCES organization.staff (id),
  damage_note            varchar(500),
  submission_key         uuid,
  version                int           NOT NULL DEFAULT 0,
  CONSTRAINT request_submission_once UNIQUE (school_id, submission_key),
  CONSTRAINT request_number_unique UNIQUE (school_id, number),
  CONSTRAINT request_plan_once UNIQUE (plan_id, plan_due_on),
  CONSTRAINT request_place CHECK (room_id IS NOT NULL OR location IS NOT NULL)
);
CREATE INDEX request_board_idx ON repairs.request (school_id, status, reported_at DESC);
CREATE INDEX request_recent_idx ON repairs.request (school_id, reported_at DESC, id DESC);
CREATE INDEX request_assignee_idx ON repairs.request (assignee_user_id, status);
CREATE INDEX request_reporter_idx ON repairs.request (reporter_user_id, reported_at DESC);
CREATE INDEX request_room_idx ON repairs.request (room_id, reported_at DESC);
CREATE INDEX request_guest_idx ON repairs.request (guest_address, reported_at) WHERE guest_address IS NOT NULL;

-- Who moved a request from which state to which, when, with what note: the request's history.
CREATE TABLE repairs.request_event (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id     bigint       NOT NULL REFERENCES organization.school (id),
  request_id    bigint       NOT NULL REFERENCES repairs.request (id),
  action        varchar(20)  NOT NULL,
  from_status   varchar(16),
  to_status     varchar(16)  NOT NULL,
  actor_user_id bigint       REFERENCES iam.app_user (id),
  actor_name    varchar(64)  NOT NULL,
  note          varchar(1000),
  at            timestamptz  NOT NULL
);
CREATE INDEX request_event_request_idx ON repairs.request_event (request_id, at, id);

-- 维修用料
CREATE TABLE repairs.material (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id  bigint        NOT NULL REFERENCES organization.school (id),
  request_id bigint        NOT NULL REFERENCES repairs.request (id),
  name       varchar(40)   NOT NULL,
  unit       varchar(8)    NOT NULL,
  quantity   numeric(14,3) NOT NULL CHECK (quantity > 0)
);
CREATE INDEX material_request_idx ON repairs.material (request_id);

GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA repairs TO houqin_app;
GRANT DELETE ON repairs.material TO houqin_app;
-- The history is append-only, like every ledger.
REVOKE UPDATE ON repairs.request_event FROM houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['category', 'settings', 'plan', 'request', 'request_event', 'material'] LOOP
    EXECUTE format('ALTER TABLE repairs.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON repairs.%I
                      USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))', t);
  END LOOP;
END
$$;

-- Schools that exist already get the default categories; new schools get them when they are created.
INSERT INTO repairs.category (school_id, name, teaching, sort_order)
SELECT s.id, c.name, c.teaching, c.sort_order FROM organization.school s
CROSS JOIN (VALUES ('照明', false, 10), ('水路阀门', false, 20), ('电路插座', false, 30), ('门窗锁具', false, 40),
                   ('课桌椅', true, 50), ('多媒体教学设备', true, 60), ('网络电脑', false, 70), ('空调', false, 80),
                   ('墙面屋顶', false, 90), ('其他', false, 100)) AS c (name, teaching, sort_order);

INSERT INTO iam.permission (code, module) VALUES
  ('repairs:request:read', 'repairs'),
  ('repairs:request:report', 'repairs'),
  ('repairs:request:dispatch', 'repairs'),
  ('repairs:request:work', 'repairs'),
  ('repairs:request:decide', 'repairs'),
  ('repairs:category:write', 'repairs'),
  ('repairs:settings:write', 'repairs'),
  ('repairs:plan:read', 'repairs'),
  ('repairs:plan:write', 'repairs'),
  ('repairs:stats:read', 'repairs');

INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, g.permission FROM iam.role r
JOIN (VALUES
  ('ADMIN', 'repairs:request:read'), ('ADMIN', 'repairs:request:report'), ('ADMIN', 'repairs:category:write'),
  ('ADMIN', 'repairs:settings:write'),
  ('PRINCIPAL', 'repairs:request:read'), ('PRINCIPAL', 'repairs:request:report'),
  ('PRINCIPAL', 'repairs:request:decide'), ('PRINCIPAL', 'repairs:plan:read'), ('PRINCIPAL', 'repairs:stats:read'),
  ('VICE_PRINCIPAL', 'repairs:request:read'), ('VICE_PRINCIPAL', 'repairs:request:report'),
  ('VICE_PRINCIPAL', 'repairs:request:decide'), ('VICE_PRINCIPAL', 'repairs:plan:read'),
  ('VICE_PRINCIPAL', 'repairs:stats:read'),
  ('DIRECTOR', 'repairs:request:read'), ('DIRECTOR', 'repairs:request:report'),
  ('DIRECTOR', 'repairs:request:dispatch'), ('DIRECTOR', 'repairs:category:write'),
  ('DIRECTOR', 'repairs:settings:write'), ('DIRECTOR', 'repairs:plan:read'), ('DIRECTOR', 'repairs:plan:write'),
  ('DIRECTOR', 'repairs:stats:read'),
  ('STOREKEEPER', 'repairs:request:read'), ('STOREKEEPER', 'repairs:request:report'),
  ('WORKER', 'repairs:request:read'), ('WORKER', 'repairs:request:report'), ('WORKER', 'repairs:request:work'),
  ('WORKER', 'repairs:plan:read'),
  ('TEACHER', 'repairs:request:read'), ('TEACHER', 'repairs:request:report'),
  ('DEPARTMENT_HEAD', 'repairs:request:read'), ('DEPARTMENT_HEAD', 'repairs:request:report'),
  ('CANTEEN_MANAGER', 'repairs:request:read'), ('CANTEEN_MANAGER', 'repairs:request:report'),
  ('GUARD', 'repairs:request:read'), ('GUARD', 'repairs:request:report'),
  ('FINANCE', 'repairs:request:read'), ('FINANCE', 'repairs:request:report'),
  ('DISTRICT_ADMIN', 'repairs:stats:read')
) AS g (code, permission) ON g.code = r.code
WHERE r.builtin;
