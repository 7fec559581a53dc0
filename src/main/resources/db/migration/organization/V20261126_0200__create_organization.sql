CREATE SCHEMA organization;
GRANT USAGE ON SCHEMA organization TO houqin_app;

-- A school is a tenant. One deployment serves one school or all schools of a district.
CREATE TABLE organization.school (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code       varchar(32)  NOT NULL UNIQUE,
  name       varchar(100) NOT NULL,
  address    varchar(200),
  phone      varchar(32),
  time_zone  varchar(64)  NOT NULL DEFAULT 'Asia/Shanghai',
  created_at timestamptz  NOT NULL DEFAULT now(),
  version    int          NOT NULL DEFAULT 0
);

CREATE TABLE organization.department (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id  bigint       NOT NULL REFERENCES organization.school (id),
  parent_id  bigint REFERENCES organization.department (id),
  code       varchar(32)  NOT NULL,
  name       varchar(64)  NOT NULL,
  sort_order int          NOT NULL DEFAULT 0,
  created_at timestamptz  NOT NULL DEFAULT now(),
  version    int          NOT NULL DEFAULT 0,
  CONSTRAINT department_code_unique UNIQUE (school_id, code),
  CONSTRAINT department_name_unique UNIQUE (school_id, parent_id, name)
);

CREATE TABLE organization.staff (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id     bigint      NOT NULL REFERENCES organization.school (id),
  department_id bigint REFERENCES organization.department (id),
  employee_no   varchar(32) NOT NULL,
  name          varchar(32) NOT NULL,
  gender        varchar(8),
  phone         varchar(20),
  position      varchar(64),
  active        boolean     NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  version       int         NOT NULL DEFAULT 0,
  CONSTRAINT staff_employee_no_unique UNIQUE (school_id, employee_no)
);
CREATE INDEX staff_department_idx ON organization.staff (department_id);

CREATE TABLE organization.school_year (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id  bigint      NOT NULL REFERENCES organization.school (id),
  name       varchar(32) NOT NULL,
  starts_on  date        NOT NULL,
  ends_on    date        NOT NULL,
  version    int         NOT NULL DEFAULT 0,
  CONSTRAINT school_year_name_unique UNIQUE (school_id, name),
  CONSTRAINT school_year_dates CHECK (ends_on > starts_on)
);

CREATE TABLE organization.semester (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id      bigint      NOT NULL REFERENCES organization.school (id),
  school_year_id bigint      NOT NULL REFERENCES organization.school_year (id),
  name           varchar(32) NOT NULL,
  starts_on      date        NOT NULL,
  ends_on        date        NOT NULL,
  current        boolean     NOT NULL DEFAULT false,
  version        int         NOT NULL DEFAULT 0,
  CONSTRAINT semester_name_unique UNIQUE (school_year_id, name),
  CONSTRAINT semester_dates CHECK (ends_on > starts_on)
);
-- At most one current semester per school.
CREATE UNIQUE INDEX semester_one_current ON organization.semester (school_id) WHERE current;

CREATE TABLE organization.grade (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint      NOT NULL REFERENCES organization.school (id),
  name            varchar(32) NOT NULL,
  entry_year      int         NOT NULL,
  sort_order      int         NOT NULL DEFAULT 0,
  version         int         NOT NULL DEFAULT 0,
  CONSTRAINT grade_name_unique UNIQUE (school_id, name)
);

CREATE TABLE organization.school_class (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id        bigint      NOT NULL REFERENCES organization.school (id),
  grade_id         bigint      NOT NULL REFERENCES organization.grade (id),
  name             varchar(32) NOT NULL,
  head_count       int         NOT NULL CHECK (head_count BETWEEN 0 AND 200),
  class_teacher_id bigint REFERENCES organization.staff (id),
  sort_order       int         NOT NULL DEFAULT 0,
  version          int         NOT NULL DEFAULT 0,
  CONSTRAINT class_name_unique UNIQUE (grade_id, name)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA organization TO houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['department', 'staff', 'school_year', 'semester', 'grade', 'school_class'] LOOP
    EXECUTE format('ALTER TABLE organization.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON organization.%I
                      USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))', t);
  END LOOP;
END
$$;

ALTER TABLE organization.school ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON organization.school
  USING (platform.school_visible(id)) WITH CHECK (platform.school_visible(id));
