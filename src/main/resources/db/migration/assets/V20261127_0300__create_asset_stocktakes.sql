-- 资产清查盘点: a campaign over a scope (buildings, departments, categories) with its team. When it starts, the cards
-- in scope are listed with the room each should be in; scanning a room and then the assets found in it marks each
-- found, misplaced (found in another room) or, once its room is finished, missing; things with no card are noted as
-- 盘盈. Adjustments reach the register only through approval.
CREATE TABLE assets.stocktake (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id         bigint       NOT NULL REFERENCES organization.school (id),
  number            varchar(20)  NOT NULL,
  name              varchar(60)  NOT NULL,
  scope_buildings   text[]       NOT NULL DEFAULT '{}',
  scope_departments bigint[]     NOT NULL DEFAULT '{}',
  scope_categories  bigint[]     NOT NULL DEFAULT '{}',
  status            varchar(16)  NOT NULL CHECK (status IN ('COUNTING', 'COUNTED', 'SUBMITTED', 'ADJUSTED', 'CLOSED')),
  note              varchar(300),
  created_by        bigint       REFERENCES iam.app_user (id),
  created_by_name   varchar(40)  NOT NULL,
  started_at        timestamptz  NOT NULL DEFAULT now(),
  counted_at        timestamptz,
  finished_at       timestamptz,
  version           int          NOT NULL DEFAULT 0,
  CONSTRAINT stocktake_number_unique UNIQUE (school_id, number)
);
CREATE INDEX stocktake_school_idx ON assets.stocktake (school_id, started_at DESC);

CREATE TABLE assets.stocktake_member (
  school_id    bigint      NOT NULL REFERENCES organization.school (id),
  stocktake_id bigint      NOT NULL REFERENCES assets.stocktake (id),
  user_id      bigint      NOT NULL REFERENCES iam.app_user (id),
  team         varchar(40),
  PRIMARY KEY (stocktake_id, user_id)
);

-- One row per card in scope when the campaign started, with where it should be.
CREATE TABLE assets.stocktake_item (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id        bigint        NOT NULL REFERENCES organization.school (id),
  stocktake_id     bigint        NOT NULL REFERENCES assets.stocktake (id),
  asset_id         bigint        NOT NULL REFERENCES assets.asset (id),
  expected_room_id bigint        REFERENCES places.room (id),
  value            numeric(14,2) NOT NULL,
  result           varchar(16)   CHECK (result IN ('FOUND', 'MISPLACED', 'MISSING')),
  found_room_id    bigint        REFERENCES places.room (id),
  scanned_at       timestamptz,
  scanned_by_name  varchar(40),
  CONSTRAINT stocktake_item_once UNIQUE (stocktake_id, asset_id)
);
CREATE INDEX stocktake_item_room_idx ON assets.stocktake_item (stocktake_id, expected_room_id);

-- A room the team has finished: what was not found in it by then is missing.
CREATE TABLE assets.stocktake_room (
  school_id     bigint      NOT NULL REFERENCES organization.school (id),
  stocktake_id  bigint      NOT NULL REFERENCES assets.stocktake (id),
  room_id       bigint      NOT NULL REFERENCES places.room (id),
  finished_at   timestamptz NOT NULL DEFAULT now(),
  finished_by   varchar(40) NOT NULL,
  PRIMARY KEY (stocktake_id, room_id)
);

-- 盘盈: found with no card; registered as a card when the adjustments are approved.
CREATE TABLE assets.stocktake_extra (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint        NOT NULL REFERENCES organization.school (id),
  stocktake_id    bigint        NOT NULL REFERENCES assets.stocktake (id),
  room_id         bigint        NOT NULL REFERENCES places.room (id),
  name            varchar(60)   NOT NULL,
  category_id     bigint        NOT NULL REFERENCES assets.category (id),
  quantity        int           NOT NULL CHECK (quantity > 0),
  unit_value      numeric(14,2) NOT NULL CHECK (unit_value >= 0),
  note            varchar(200),
  found_by_name   varchar(40)   NOT NULL,
  found_at        timestamptz   NOT NULL DEFAULT now(),
  asset_id        bigint        REFERENCES assets.asset (id)
);
CREATE INDEX stocktake_extra_idx ON assets.stocktake_extra (stocktake_id);

GRANT SELECT, INSERT, UPDATE ON assets.stocktake, assets.stocktake_item, assets.stocktake_extra TO houqin_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON assets.stocktake_member, assets.stocktake_room TO houqin_app;
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['stocktake', 'stocktake_member', 'stocktake_item', 'stocktake_room', 'stocktake_extra'] LOOP
    EXECUTE format('ALTER TABLE assets.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON assets.%I
                      USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))', t);
  END LOOP;
END
$$;

-- 清查差异: the 后勤主任 and the vice-principal; from 1 万元 of differences also the principal.
INSERT INTO approval.rule (school_id, document_type, name, min_amount, max_amount, priority)
SELECT s.id, 'ZCPD', r.name, r.min_amount, r.max_amount, r.priority FROM organization.school s
CROSS JOIN (VALUES ('清查差异 1 万元以下', NULL::numeric, 10000::numeric, 10),
                   ('清查差异 1 万元及以上', 10000::numeric, NULL::numeric, 20)) AS r (name, min_amount, max_amount, priority);
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department, fallback_role_code)
SELECT r.school_id, r.id, 1, 'DIRECTOR', false, 'VICE_PRINCIPAL' FROM approval.rule r WHERE r.document_type = 'ZCPD';
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department)
SELECT r.school_id, r.id, 2, 'VICE_PRINCIPAL', false FROM approval.rule r WHERE r.document_type = 'ZCPD';
INSERT INTO approval.rule_step (school_id, rule_id, position, role_code, same_department)
SELECT r.school_id, r.id, 3, 'PRINCIPAL', false FROM approval.rule r
WHERE r.document_type = 'ZCPD' AND r.min_amount = 10000;

INSERT INTO iam.permission (code, module) VALUES ('assets:stocktake:write', 'assets');
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'assets:stocktake:write' FROM iam.role r WHERE r.builtin AND r.code IN ('STOREKEEPER', 'DIRECTOR');
