-- 应急演练: drills planned, done (with the actual start, the duration, the evacuation time of an evacuation drill and a
-- summary) or cancelled with a reason; their photos are attachments ("drill"), and the problems found are lines.
CREATE TABLE safety.drill (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id           bigint       NOT NULL REFERENCES organization.school (id),
  number              varchar(20)  NOT NULL,
  kind                varchar(12)  NOT NULL CHECK (kind IN ('FIRE', 'EARTHQUAKE', 'STAMPEDE', 'DROWNING',
                                                             'FOOD_POISONING', 'VIOLENCE', 'OTHER')),
  title               varchar(60)  NOT NULL,
  plan_name           varchar(60),
  planned_at          timestamptz  NOT NULL,
  room_id             bigint       REFERENCES places.room (id),
  place               varchar(60),
  organizer_user_id   bigint       NOT NULL REFERENCES iam.app_user (id),
  organizer_name      varchar(40)  NOT NULL,
  students            int          NOT NULL DEFAULT 0 CHECK (students >= 0),
  staff               int          NOT NULL DEFAULT 0 CHECK (staff >= 0),
  status              varchar(10)  NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
  started_at          timestamptz,
  duration_minutes    int          CHECK (duration_minutes > 0),
  evacuation_seconds  int          CHECK (evacuation_seconds > 0),
  summary             varchar(2000),
  cancel_reason       varchar(200),
  reminded_at         timestamptz,
  created_by          bigint       REFERENCES iam.app_user (id),
  created_at          timestamptz  NOT NULL DEFAULT now(),
  version             int          NOT NULL DEFAULT 0,
  CONSTRAINT drill_number_unique UNIQUE (school_id, number),
  CONSTRAINT drill_place_given CHECK (room_id IS NOT NULL OR place IS NOT NULL),
  CONSTRAINT drill_done_complete CHECK (status <> 'DONE'
      OR (started_at IS NOT NULL AND duration_minutes IS NOT NULL AND summary IS NOT NULL
          AND (kind <> 'FIRE' AND kind <> 'EARTHQUAKE' OR evacuation_seconds IS NOT NULL))),
  CONSTRAINT drill_cancel_reason CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL)
);
CREATE INDEX drill_school_planned_idx ON safety.drill (school_id, planned_at DESC);
-- the reminder's and the waiting list's planned drills
CREATE INDEX drill_planned_idx ON safety.drill (planned_at) WHERE status = 'PLANNED';

-- 发现的问题: what the drill showed (一般/较大/重大 as the checklist kit's hazard levels). hazard_id is the hazard it
-- became, once the hazards module links them.
CREATE TABLE safety.drill_problem (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id    bigint        NOT NULL REFERENCES organization.school (id),
  drill_id     bigint        NOT NULL REFERENCES safety.drill (id),
  description  varchar(300)  NOT NULL,
  level        varchar(8)    NOT NULL CHECK (level IN ('GENERAL', 'MAJOR', 'SEVERE')),
  responsible  varchar(60),
  hazard_id    bigint,
  created_by   bigint        REFERENCES iam.app_user (id),
  created_at   timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX drill_problem_drill_idx ON safety.drill_problem (drill_id, id);

GRANT SELECT, INSERT, UPDATE ON safety.drill TO houqin_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON safety.drill_problem TO houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['drill', 'drill_problem'] LOOP
    EXECUTE format('ALTER TABLE safety.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON safety.%I
                      USING ((SELECT platform.sees_every_school())
                             OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]))
                      WITH CHECK ((SELECT platform.sees_every_school())
                                  OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]))', t);
  END LOOP;
END
$$;
