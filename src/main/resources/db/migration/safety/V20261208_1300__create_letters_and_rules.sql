-- 安全责任书 and 规章制度与应急预案: letter templates with their revisions, batches issued for a school year, one letter
-- per person and year and template, and the library of rules and plans with their versions and acknowledgements.

-- 责任书模板: a school's letter for one role, copied from the library or written anew. Each edit adds a revision;
-- a batch keeps the revision it issued.
CREATE TABLE safety.letter_template (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id        bigint      NOT NULL REFERENCES organization.school (id),
  role             varchar(16) NOT NULL CHECK (role IN ('HEAD_TEACHER', 'TEACHER', 'CANTEEN', 'GUARD', 'DORM',
                                                        'PARENT')),
  title            varchar(60) NOT NULL,
  library_code     varchar(40),
  current_revision int         NOT NULL DEFAULT 1 CHECK (current_revision >= 1),
  created_at       timestamptz NOT NULL DEFAULT now(),
  created_by       bigint      REFERENCES iam.app_user (id),
  version          int         NOT NULL DEFAULT 0,
  CONSTRAINT letter_template_title_unique UNIQUE (school_id, title)
);

-- One revision of a template's text, never changed once saved.
CREATE TABLE safety.letter_template_revision (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id   bigint        NOT NULL REFERENCES organization.school (id),
  template_id bigint        NOT NULL REFERENCES safety.letter_template (id),
  number      int           NOT NULL CHECK (number >= 1),
  title       varchar(60)   NOT NULL,
  body        varchar(20000) NOT NULL,
  created_at  timestamptz   NOT NULL DEFAULT now(),
  created_by  bigint        REFERENCES iam.app_user (id),
  CONSTRAINT letter_template_revision_unique UNIQUE (template_id, number)
);

-- 下发: a template's revision issued to roles and departments for a school year (2026-2027). renewed_from is the
-- last year's batch it renews (续签).
CREATE TABLE safety.letter_batch (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id      bigint      NOT NULL REFERENCES organization.school (id),
  number         varchar(24) NOT NULL,
  template_id    bigint      NOT NULL REFERENCES safety.letter_template (id),
  revision_id    bigint      NOT NULL REFERENCES safety.letter_template_revision (id),
  school_year    varchar(9)  NOT NULL CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
  roles          varchar(300) NOT NULL DEFAULT '',
  department_ids bigint[]    NOT NULL DEFAULT '{}',
  renewed_from   bigint      REFERENCES safety.letter_batch (id),
  issued_by      bigint      NOT NULL REFERENCES iam.app_user (id),
  issued_by_name varchar(40) NOT NULL,
  issued_at      timestamptz NOT NULL DEFAULT now(),
  version        int         NOT NULL DEFAULT 0,
  CONSTRAINT letter_batch_number_unique UNIQUE (school_id, number)
);
CREATE INDEX letter_batch_school_idx ON safety.letter_batch (school_id, issued_at DESC, id DESC);

-- 责任书: one person's letter. A person gets a template once per school year, whichever batch issues it. Signed on
-- the phone (SIGNED, with the signature among the attachments) or received on paper (PAPER, with the scan), and
-- never changed after.
CREATE TABLE safety.letter (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint      NOT NULL REFERENCES organization.school (id),
  batch_id        bigint      NOT NULL REFERENCES safety.letter_batch (id),
  template_id     bigint      NOT NULL REFERENCES safety.letter_template (id),
  school_year     varchar(9)  NOT NULL,
  staff_id        bigint      NOT NULL REFERENCES organization.staff (id),
  user_id         bigint      REFERENCES iam.app_user (id),
  person_name     varchar(40) NOT NULL,
  department_id   bigint      REFERENCES organization.department (id),
  status          varchar(8)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SIGNED', 'PAPER')),
  signed_at       timestamptz,
  signed_by       bigint      REFERENCES iam.app_user (id),
  reminded_on     date,
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         int         NOT NULL DEFAULT 0,
  CONSTRAINT letter_once UNIQUE (school_id, template_id, school_year, staff_id),
  CONSTRAINT letter_signed CHECK ((status = 'PENDING') = (signed_at IS NULL))
);
CREATE INDEX letter_batch_idx ON safety.letter (batch_id, status);
CREATE INDEX letter_user_idx ON safety.letter (user_id, status);

-- A signed or received letter is kept as it was: the database refuses to change or remove it.
CREATE FUNCTION safety.letter_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'PENDING' THEN
    RAISE EXCEPTION 'letter % is signed and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER letter_signed_is_final BEFORE UPDATE ON safety.letter
  FOR EACH ROW EXECUTE FUNCTION safety.letter_signed_is_final();

-- 规章制度 / 应急预案 / 操作规程, with the roles that must read it (role codes).
CREATE TABLE safety.rule (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id      bigint       NOT NULL REFERENCES organization.school (id),
  title          varchar(80)  NOT NULL,
  kind           varchar(10)  NOT NULL CHECK (kind IN ('RULE', 'PLAN', 'PROCEDURE')),
  required_roles varchar(300) NOT NULL DEFAULT '',
  library_code   varchar(40),
  created_at     timestamptz  NOT NULL DEFAULT now(),
  created_by     bigint       REFERENCES iam.app_user (id),
  version        int          NOT NULL DEFAULT 0,
  CONSTRAINT rule_title_unique UNIQUE (school_id, title)
);

-- A version of a rule's text in force from its day; the latest version in force supersedes the earlier ones, which
-- stay readable. Never changed once saved.
CREATE TABLE safety.rule_version (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id    bigint         NOT NULL REFERENCES organization.school (id),
  rule_id      bigint         NOT NULL REFERENCES safety.rule (id),
  number       int            NOT NULL CHECK (number >= 1),
  body         varchar(50000) NOT NULL,
  effective_on date           NOT NULL,
  note         varchar(200),
  created_at   timestamptz    NOT NULL DEFAULT now(),
  created_by   bigint         REFERENCES iam.app_user (id),
  CONSTRAINT rule_version_unique UNIQUE (rule_id, number)
);

-- 已阅: a person has read one version.
CREATE TABLE safety.rule_acknowledgement (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint      NOT NULL REFERENCES organization.school (id),
  rule_id         bigint      NOT NULL REFERENCES safety.rule (id),
  rule_version_id bigint      NOT NULL REFERENCES safety.rule_version (id),
  user_id         bigint      NOT NULL REFERENCES iam.app_user (id),
  acknowledged_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT rule_acknowledged_once UNIQUE (rule_version_id, user_id)
);
CREATE INDEX rule_acknowledgement_user_idx ON safety.rule_acknowledgement (user_id, rule_id);

GRANT SELECT, INSERT, UPDATE ON safety.letter_template, safety.letter_batch, safety.letter, safety.rule
  TO houqin_app;
-- Revisions, versions and acknowledgements are written once.
GRANT SELECT, INSERT ON safety.letter_template_revision, safety.rule_version, safety.rule_acknowledgement
  TO houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['letter_template', 'letter_template_revision', 'letter_batch', 'letter', 'rule',
                           'rule_version', 'rule_acknowledgement'] LOOP
    EXECUTE format('ALTER TABLE safety.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON safety.%I
                      USING ((SELECT platform.sees_every_school())
                             OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]))
                      WITH CHECK ((SELECT platform.sees_every_school())
                                  OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]))', t);
  END LOOP;
END
$$;
