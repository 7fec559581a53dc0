CREATE SCHEMA places;
GRANT USAGE ON SCHEMA places TO houqin_app;

CREATE TABLE places.campus (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id  bigint       NOT NULL REFERENCES organization.school (id),
  name       varchar(64)  NOT NULL,
  address    varchar(200),
  version    int          NOT NULL DEFAULT 0,
  CONSTRAINT campus_name_unique UNIQUE (school_id, name)
);

CREATE TABLE places.building (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id      bigint       NOT NULL REFERENCES organization.school (id),
  campus_id      bigint       NOT NULL REFERENCES places.campus (id),
  code           varchar(16)  NOT NULL,
  name           varchar(64)  NOT NULL,
  floors_above   int          NOT NULL CHECK (floors_above BETWEEN 1 AND 100),
  floors_below   int          NOT NULL DEFAULT 0 CHECK (floors_below BETWEEN 0 AND 10),
  built_year     int          CHECK (built_year BETWEEN 1800 AND 2200),
  note           varchar(500),
  created_at     timestamptz  NOT NULL DEFAULT now(),
  version        int          NOT NULL DEFAULT 0,
  CONSTRAINT building_code_unique UNIQUE (school_id, code)
);

CREATE TABLE places.room (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id            bigint        NOT NULL REFERENCES organization.school (id),
  building_id          bigint        NOT NULL REFERENCES places.building (id),
  floor                int           NOT NULL CHECK (floor BETWEEN -10 AND 100 AND floor <> 0),
  code                 varchar(32)   NOT NULL,
  name                 varchar(64)   NOT NULL,
  room_type            varchar(32)   NOT NULL
    CHECK (room_type IN ('CLASSROOM', 'OFFICE', 'LAB', 'SPECIAL_CLASSROOM', 'DORMITORY', 'CANTEEN',
                         'STOREROOM', 'SPORTS_GROUND', 'GREEN_SPACE', 'OTHER')),
  area                 numeric(10,2) CHECK (area > 0),
  responsible_staff_id bigint REFERENCES organization.staff (id),
  department_id        bigint REFERENCES organization.department (id),
  class_id             bigint REFERENCES organization.school_class (id),
  note                 varchar(500),
  qr_token             varchar(32)   NOT NULL UNIQUE,
  created_at           timestamptz   NOT NULL DEFAULT now(),
  version              int           NOT NULL DEFAULT 0,
  CONSTRAINT room_code_unique UNIQUE (school_id, code)
);
CREATE INDEX room_building_idx ON places.room (building_id, floor);
CREATE INDEX room_department_idx ON places.room (department_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA places TO houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['campus', 'building', 'room'] LOOP
    EXECUTE format('ALTER TABLE places.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON places.%I
                      USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))', t);
  END LOOP;
END
$$;
