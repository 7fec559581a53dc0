-- 检查表、日程与记录: the routine primitive's tables. Canteen, duty, hygiene and safety records are all one thing: a
-- template of items, filled in on a schedule by someone responsible, with completion tracked.

-- 校历: the school's days off (国庆节, 寒假: a range) and make-up school days (调休上班: one day). Semesters and their
-- teaching weeks come from the organization module's semesters.
CREATE TABLE routines.calendar_day (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id  bigint      NOT NULL REFERENCES organization.school (id),
  kind       varchar(8)  NOT NULL CHECK (kind IN ('OFF', 'MAKE_UP')),
  first_day  date        NOT NULL,
  last_day   date        NOT NULL,
  name       varchar(30) NOT NULL,
  version    int         NOT NULL DEFAULT 0,
  CONSTRAINT calendar_day_range CHECK (last_day >= first_day AND last_day - first_day <= 120),
  CONSTRAINT calendar_make_up_is_one_day CHECK (kind = 'OFF' OR first_day = last_day)
);
CREATE INDEX calendar_day_school_idx ON routines.calendar_day (school_id, first_day);

-- 检查表: a school's checklist, copied from the library or written anew. Each edit adds a version; records keep the
-- version they answered. library_code names the library template it was copied from.
CREATE TABLE routines.template (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint       NOT NULL REFERENCES organization.school (id),
  code            varchar(40)  NOT NULL,
  name            varchar(60)  NOT NULL,
  category        varchar(30)  NOT NULL,
  source          varchar(500),
  library_code    varchar(40),
  current_version int          NOT NULL DEFAULT 1 CHECK (current_version >= 1),
  active          boolean      NOT NULL DEFAULT true,
  created_at      timestamptz  NOT NULL DEFAULT now(),
  created_by      bigint       REFERENCES iam.app_user (id),
  version         int          NOT NULL DEFAULT 0,
  CONSTRAINT template_code_unique UNIQUE (school_id, code)
);

-- One version of a template's items, as written: never changed once saved. applies_to and items are the checklist
-- kit's JSON (the library file's shape).
CREATE TABLE routines.template_version (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id   bigint      NOT NULL REFERENCES organization.school (id),
  template_id bigint      NOT NULL REFERENCES routines.template (id),
  number      int         NOT NULL CHECK (number >= 1),
  applies_to  jsonb       NOT NULL,
  items       jsonb       NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  created_by  bigint      REFERENCES iam.app_user (id),
  CONSTRAINT template_version_unique UNIQUE (template_id, number)
);

-- 日程: a template to be filled on a cadence (the schedule kit's text form: DAILY, WEEKLY MON, SEMESTER_WEEKS 0 MON,
-- ...), within a window, by a role, a person or each room's responsible person, at its places (none: one round for
-- the school). A round not done after its grace is escalated to the supervisor.
CREATE TABLE routines.schedule (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id          bigint       NOT NULL REFERENCES organization.school (id),
  template_id        bigint       NOT NULL REFERENCES routines.template (id),
  name               varchar(60)  NOT NULL,
  cadence            varchar(200) NOT NULL,
  opens_at           time         NOT NULL,
  due_at             time         NOT NULL,
  due_after_days     int          NOT NULL DEFAULT 0 CHECK (due_after_days BETWEEN 0 AND 31),
  grace_minutes      int          NOT NULL DEFAULT 0 CHECK (grace_minutes BETWEEN 0 AND 10080),
  meal_times         jsonb,
  assignee_kind      varchar(16)  NOT NULL CHECK (assignee_kind IN ('ROLE', 'USER', 'ROOM_RESPONSIBLE')),
  assignee_role_id   bigint       REFERENCES iam.role (id),
  assignee_user_id   bigint       REFERENCES iam.app_user (id),
  supervisor_user_id bigint       REFERENCES iam.app_user (id),
  starts_on          date         NOT NULL,
  ends_on            date,
  active             boolean      NOT NULL DEFAULT true,
  created_at         timestamptz  NOT NULL DEFAULT now(),
  created_by         bigint       REFERENCES iam.app_user (id),
  version            int          NOT NULL DEFAULT 0,
  CONSTRAINT schedule_assignee CHECK (
    (assignee_kind = 'ROLE' AND assignee_role_id IS NOT NULL) OR
    (assignee_kind = 'USER' AND assignee_user_id IS NOT NULL) OR
    (assignee_kind = 'ROOM_RESPONSIBLE')),
  CONSTRAINT schedule_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX schedule_school_idx ON routines.schedule (school_id, active);

CREATE TABLE routines.schedule_place (
  schedule_id bigint NOT NULL REFERENCES routines.schedule (id) ON DELETE CASCADE,
  room_id     bigint NOT NULL REFERENCES places.room (id),
  school_id   bigint NOT NULL REFERENCES organization.school (id),
  PRIMARY KEY (schedule_id, room_id)
);

-- 应做: one round of a schedule at one place (or the school's one round when room_id is NULL). Generated ahead by
-- a job on any node: the unique index makes a second generation, here or on another node, add nothing. The person
-- is resolved when it is generated (the user, or the room's responsible person); a role's round goes to anyone with
-- the role. record_id is set once, by the record that did it.
CREATE TABLE routines.occurrence (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id        bigint      NOT NULL REFERENCES organization.school (id),
  schedule_id      bigint      NOT NULL REFERENCES routines.schedule (id),
  room_id          bigint      REFERENCES places.room (id),
  key              varchar(24) NOT NULL,
  day              date        NOT NULL,
  slot             varchar(12) NOT NULL DEFAULT '',
  opens_at         timestamptz NOT NULL,
  due_at           timestamptz NOT NULL,
  overdue_at       timestamptz NOT NULL,
  assignee_user_id bigint      REFERENCES iam.app_user (id),
  assignee_role_id bigint      REFERENCES iam.role (id),
  record_id        bigint,
  done_at          timestamptz,
  reminded_at      timestamptz,
  escalated_at     timestamptz,
  CONSTRAINT occurrence_times CHECK (opens_at <= due_at AND due_at <= overdue_at)
);
CREATE UNIQUE INDEX occurrence_once ON routines.occurrence (schedule_id, coalesce(room_id, 0), key);
CREATE INDEX occurrence_open_user_idx ON routines.occurrence (school_id, assignee_user_id, due_at)
  WHERE record_id IS NULL;
CREATE INDEX occurrence_open_role_idx ON routines.occurrence (school_id, assignee_role_id, due_at)
  WHERE record_id IS NULL;
CREATE INDEX occurrence_room_idx ON routines.occurrence (room_id, opens_at) WHERE record_id IS NULL;
CREATE INDEX occurrence_schedule_day_idx ON routines.occurrence (schedule_id, day);

-- 检查记录: a filled checklist. Immutable once submitted (the app role may insert and read, never change or
-- delete); a correction is a new record that names the one it corrects. answers is item code → {value, attachments};
-- the time and the person are the server's. context names what asked for it when not a schedule (a safety
-- inspection: 'safety-inspection:12').
CREATE TABLE routines.record (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id           bigint      NOT NULL REFERENCES organization.school (id),
  template_version_id bigint      NOT NULL REFERENCES routines.template_version (id),
  occurrence_id       bigint      REFERENCES routines.occurrence (id),
  room_id             bigint      REFERENCES places.room (id),
  context             varchar(40),
  answers             jsonb       NOT NULL,
  flagged_count       int         NOT NULL DEFAULT 0 CHECK (flagged_count >= 0),
  hazard_count        int         NOT NULL DEFAULT 0 CHECK (hazard_count >= 0),
  note                varchar(500),
  corrects_record_id  bigint      REFERENCES routines.record (id),
  submitted_by        bigint      NOT NULL REFERENCES iam.app_user (id),
  submitted_at        timestamptz NOT NULL DEFAULT now(),
  submission_key      varchar(64),
  CONSTRAINT record_submission_unique UNIQUE (submitted_by, submission_key)
);
CREATE INDEX record_school_time_idx ON routines.record (school_id, submitted_at DESC, id DESC);
CREATE INDEX record_room_idx ON routines.record (room_id, submitted_at DESC);
CREATE INDEX record_context_idx ON routines.record (context) WHERE context IS NOT NULL;
CREATE UNIQUE INDEX record_corrected_once ON routines.record (corrects_record_id) WHERE corrects_record_id IS NOT NULL;
ALTER TABLE routines.occurrence ADD CONSTRAINT occurrence_record_fk FOREIGN KEY (record_id) REFERENCES routines.record (id);

GRANT SELECT, INSERT, UPDATE, DELETE ON routines.calendar_day, routines.schedule_place TO houqin_app;
GRANT SELECT, INSERT, UPDATE ON routines.template, routines.schedule, routines.occurrence TO houqin_app;
-- Versions and records are written once.
GRANT SELECT, INSERT ON routines.template_version, routines.record TO houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['calendar_day', 'template', 'template_version', 'schedule', 'schedule_place', 'occurrence',
                           'record'] LOOP
    EXECUTE format('ALTER TABLE routines.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON routines.%I
                      USING ((SELECT platform.sees_every_school())
                             OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]))
                      WITH CHECK ((SELECT platform.sees_every_school())
                                  OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]))', t);
  END LOOP;
END
$$;
