-- 学期教材/作业本发放: a plan per semester and store says, for each grade, which items every student gets and how
-- many extra copies each class gets for its teacher. Starting the plan computes each class's list from its head
-- count (kept as it was then); the class teacher signs for the class at the store; what could not be handed over is
-- a shortage with its reason, handed over later or left when the plan is closed; surplus copies come back as
-- returns. Every hand-over and return is a movement of the stock ledger (document type FF).
CREATE TABLE warehouse.distribution (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint       NOT NULL REFERENCES organization.school (id),
  number          varchar(20)  NOT NULL,
  name            varchar(80)  NOT NULL,
  semester_id     bigint       NOT NULL REFERENCES organization.semester (id),
  semester_name   varchar(80)  NOT NULL,
  store_id        bigint       NOT NULL REFERENCES warehouse.store (id),
  status          varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'ISSUING', 'CLOSED', 'CANCELLED')),
  note            varchar(200),
  created_by      bigint       REFERENCES iam.app_user (id),
  created_by_name varchar(40)  NOT NULL,
  created_at      timestamptz  NOT NULL,
  started_at      timestamptz,
  finished_at     timestamptz,
  close_note      varchar(200),
  version         int          NOT NULL DEFAULT 0,
  CONSTRAINT distribution_number_unique UNIQUE (school_id, number)
);
CREATE INDEX distribution_school_idx ON warehouse.distribution (school_id, created_at DESC, id DESC);

-- 发放标准: per grade and item, how many per student and how many extra per class.
CREATE TABLE warehouse.distribution_line (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint        NOT NULL REFERENCES organization.school (id),
  distribution_id bigint        NOT NULL REFERENCES warehouse.distribution (id),
  position        int           NOT NULL,
  grade_id        bigint        NOT NULL REFERENCES organization.grade (id),
  grade_name      varchar(32)   NOT NULL,
  grade_order     int           NOT NULL DEFAULT 0,
  item_id         bigint        NOT NULL REFERENCES warehouse.item (id),
  per_student     numeric(14,3) NOT NULL CHECK (per_student > 0),
  extra_per_class numeric(14,3) NOT NULL DEFAULT 0 CHECK (extra_per_class >= 0),
  CONSTRAINT distribution_line_item UNIQUE (distribution_id, grade_id, item_id),
  CONSTRAINT distribution_line_position UNIQUE (distribution_id, position)
);

-- 班级发放清单: one row per class when the plan starts, with the head count and class teacher of that day.
CREATE TABLE warehouse.distribution_class (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id        bigint      NOT NULL REFERENCES organization.school (id),
  distribution_id  bigint      NOT NULL REFERENCES warehouse.distribution (id),
  class_id         bigint      NOT NULL REFERENCES organization.school_class (id),
  grade_id         bigint      NOT NULL REFERENCES organization.grade (id),
  grade_name       varchar(32) NOT NULL,
  grade_order      int         NOT NULL DEFAULT 0,
  class_name       varchar(64) NOT NULL,
  position         int         NOT NULL,
  head_count       int         NOT NULL CHECK (head_count >= 0),
  teacher_staff_id bigint      REFERENCES organization.staff (id),
  teacher_name     varchar(40),
  status           varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SHORT', 'ISSUED')),
  version          int         NOT NULL DEFAULT 0,
  CONSTRAINT distribution_class_unique UNIQUE (distribution_id, class_id)
);
CREATE INDEX distribution_class_idx ON warehouse.distribution_class (distribution_id, grade_order, position);

CREATE TABLE warehouse.distribution_class_line (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id             bigint        NOT NULL REFERENCES organization.school (id),
  distribution_class_id bigint        NOT NULL REFERENCES warehouse.distribution_class (id),
  line_id               bigint        NOT NULL REFERENCES warehouse.distribution_line (id),
  item_id               bigint        NOT NULL REFERENCES warehouse.item (id),
  required              numeric(14,3) NOT NULL CHECK (required > 0),
  issued                numeric(14,3) NOT NULL DEFAULT 0,
  returned              numeric(14,3) NOT NULL DEFAULT 0,
  CONSTRAINT distribution_class_line_issued CHECK (issued >= 0 AND issued <= required),
  CONSTRAINT distribution_class_line_returned CHECK (returned >= 0 AND returned <= issued),
  CONSTRAINT distribution_class_line_unique UNIQUE (distribution_class_id, line_id)
);
CREATE INDEX distribution_class_line_line_idx ON warehouse.distribution_class_line (line_id);

-- 签领: one hand-over to a class, signed by whoever took the books (the class teacher by default).
CREATE TABLE warehouse.distribution_handover (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id             bigint       NOT NULL REFERENCES organization.school (id),
  distribution_class_id bigint       NOT NULL REFERENCES warehouse.distribution_class (id),
  issued_on             date         NOT NULL,
  issued_by             bigint       REFERENCES iam.app_user (id),
  issued_by_name        varchar(40)  NOT NULL,
  receiver_name         varchar(40)  NOT NULL,
  signature_id          uuid         REFERENCES platform.attachment (id),
  shortage_reason       varchar(200),
  created_at            timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX distribution_handover_idx ON warehouse.distribution_handover (distribution_class_id);

CREATE TABLE warehouse.distribution_handover_line (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id     bigint        NOT NULL REFERENCES organization.school (id),
  handover_id   bigint        NOT NULL REFERENCES warehouse.distribution_handover (id),
  class_line_id bigint        NOT NULL REFERENCES warehouse.distribution_class_line (id),
  quantity      numeric(14,3) NOT NULL CHECK (quantity > 0),
  movement_id   bigint        NOT NULL REFERENCES warehouse.movement (id)
);
CREATE INDEX distribution_handover_line_idx ON warehouse.distribution_handover_line (handover_id);
CREATE INDEX distribution_handover_line_class_idx ON warehouse.distribution_handover_line (class_line_id);

-- 退回: surplus copies a class brings back, into the store at the cost they left with.
CREATE TABLE warehouse.distribution_return (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id             bigint       NOT NULL REFERENCES organization.school (id),
  distribution_class_id bigint       NOT NULL REFERENCES warehouse.distribution_class (id),
  returned_on           date         NOT NULL,
  returned_by_name      varchar(40)  NOT NULL,
  received_by           bigint       REFERENCES iam.app_user (id),
  received_by_name      varchar(40)  NOT NULL,
  reason                varchar(200) NOT NULL,
  created_at            timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX distribution_return_idx ON warehouse.distribution_return (distribution_class_id);

CREATE TABLE warehouse.distribution_return_line (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id     bigint        NOT NULL REFERENCES organization.school (id),
  return_id     bigint        NOT NULL REFERENCES warehouse.distribution_return (id),
  class_line_id bigint        NOT NULL REFERENCES warehouse.distribution_class_line (id),
  quantity      numeric(14,3) NOT NULL CHECK (quantity > 0),
  movement_id   bigint        NOT NULL REFERENCES warehouse.movement (id)
);
CREATE INDEX distribution_return_line_idx ON warehouse.distribution_return_line (return_id);
CREATE INDEX distribution_return_line_class_idx ON warehouse.distribution_return_line (class_line_id);

GRANT SELECT, INSERT, UPDATE ON warehouse.distribution, warehouse.distribution_class,
  warehouse.distribution_class_line TO houqin_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON warehouse.distribution_line TO houqin_app;
GRANT SELECT, INSERT ON warehouse.distribution_handover, warehouse.distribution_handover_line,
  warehouse.distribution_return, warehouse.distribution_return_line TO houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['distribution', 'distribution_line', 'distribution_class', 'distribution_class_line',
                           'distribution_handover', 'distribution_handover_line', 'distribution_return',
                           'distribution_return_line'] LOOP
    EXECUTE format('ALTER TABLE warehouse.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON warehouse.%I
                      USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))', t);
  END LOOP;
END
$$;

INSERT INTO iam.permission (code, module) VALUES ('warehouse:distribution:write', 'warehouse');
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'warehouse:distribution:write' FROM iam.role r WHERE r.builtin AND r.code IN ('STOREKEEPER', 'DIRECTOR');
