CREATE SCHEMA assets;
GRANT USAGE ON SCHEMA assets TO houqin_app;

-- 资产分类: the GB/T 14885 tree as reference data per school, with the useful life (months) the category gives new
-- cards. A category that does not depreciate (土地, 图书档案, 文物和陈列品) has no life. Parents are groups; cards go
-- into any category.
CREATE TABLE assets.category (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id          bigint      NOT NULL REFERENCES organization.school (id),
  code               varchar(16) NOT NULL,
  name               varchar(60) NOT NULL,
  parent_id          bigint      REFERENCES assets.category (id),
  depreciable        boolean     NOT NULL DEFAULT true,
  useful_life_months int         CHECK (useful_life_months BETWEEN 1 AND 1200),
  appliance          boolean     NOT NULL DEFAULT false,
  active             boolean     NOT NULL DEFAULT true,
  version            int         NOT NULL DEFAULT 0,
  CONSTRAINT category_code_unique UNIQUE (school_id, code),
  CONSTRAINT category_life CHECK (NOT depreciable OR useful_life_months IS NOT NULL)
);

-- One row per school: when depreciation starts (政府会计: the month the asset arrives; 企业会计: the month after) and
-- the share of the value a person responsible for damage pays.
CREATE TABLE assets.settings (
  school_id           bigint       PRIMARY KEY REFERENCES organization.school (id),
  depreciation_start  varchar(16)  NOT NULL DEFAULT 'SAME_MONTH' CHECK (depreciation_start IN ('SAME_MONTH', 'NEXT_MONTH')),
  compensation_share  numeric(5,2) NOT NULL DEFAULT 100 CHECK (compensation_share > 0 AND compensation_share <= 100),
  version             int          NOT NULL DEFAULT 0
);

-- 资产卡片. A batch card stands for several identical items in one place (40 desks in a room): the value is per item
-- and the card's value is quantity × unit value. Disposed cards stay, closed.
CREATE TABLE assets.asset (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id           bigint        NOT NULL REFERENCES organization.school (id),
  number              varchar(24)   NOT NULL,
  name                varchar(60)   NOT NULL,
  category_id         bigint        NOT NULL REFERENCES assets.category (id),
  model               varchar(60),
  brand               varchar(40),
  serial_no           varchar(60),
  supplier            varchar(60),
  purchased_on        date          NOT NULL,
  quantity            int           NOT NULL DEFAULT 1 CHECK (quantity > 0),
  unit_value          numeric(14,2) NOT NULL CHECK (unit_value >= 0),
  funding_source      varchar(16)   NOT NULL CHECK (funding_source IN ('FISCAL', 'SELF', 'DONATION', 'OTHER')),
  useful_life_months  int           CHECK (useful_life_months BETWEEN 1 AND 1200),
  room_id             bigint        REFERENCES places.room (id),
  department_id       bigint        REFERENCES organization.department (id),
  class_id            bigint        REFERENCES organization.school_class (id),
  custodian_staff_id  bigint        REFERENCES organization.staff (id),
  status              varchar(20)   NOT NULL CHECK (status IN ('IN_USE', 'IDLE', 'REPAIRING', 'LENT',
                                                             'PENDING_DISPOSAL', 'DISPOSED')),
  borrower            varchar(60),
  warranty_until      date,
  power_kw            numeric(8,2)  CHECK (power_kw >= 0),
  note                varchar(300),
  qr_token            varchar(24)   NOT NULL,
  split_from_id       bigint        REFERENCES assets.asset (id),
  disposed_on         date,
  created_at          timestamptz   NOT NULL DEFAULT now(),
  version             int           NOT NULL DEFAULT 0,
  CONSTRAINT asset_number_unique UNIQUE (school_id, number),
  CONSTRAINT asset_qr_unique UNIQUE (qr_token)
);
CREATE UNIQUE INDEX asset_serial_unique ON assets.asset (school_id, serial_no) WHERE serial_no IS NOT NULL;
CREATE INDEX asset_school_idx ON assets.asset (school_id, id DESC);
CREATE INDEX asset_category_idx ON assets.asset (school_id, category_id);
CREATE INDEX asset_room_idx ON assets.asset (school_id, room_id);
CREATE INDEX asset_department_idx ON assets.asset (school_id, department_id);
CREATE INDEX asset_custodian_idx ON assets.asset (school_id, custodian_staff_id);
CREATE INDEX asset_status_idx ON assets.asset (school_id, status);

-- 领用/交接单: assets handed to a room, department, class or custodian, signed on the spot by the receiver.
CREATE TABLE assets.handover (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id          bigint       NOT NULL REFERENCES organization.school (id),
  number             varchar(20)  NOT NULL,
  kind               varchar(16)  NOT NULL CHECK (kind IN ('ASSIGN', 'TRANSFER', 'LOAN', 'RETURN')),
  handed_on          date         NOT NULL,
  room_id            bigint       REFERENCES places.room (id),
  department_id      bigint       REFERENCES organization.department (id),
  class_id           bigint       REFERENCES organization.school_class (id),
  custodian_staff_id bigint       REFERENCES organization.staff (id),
  borrower           varchar(60),
  due_on             date,
  receiver_name      varchar(40)  NOT NULL,
  note               varchar(200),
  signed_at          timestamptz,
  created_by         bigint       REFERENCES iam.app_user (id),
  created_by_name    varchar(40)  NOT NULL,
  created_at         timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT handover_number_unique UNIQUE (school_id, number)
);
CREATE INDEX handover_school_idx ON assets.handover (school_id, handed_on DESC, id DESC);

-- What each asset was before and after, so the record prints both.
CREATE TABLE assets.handover_line (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id     bigint       NOT NULL REFERENCES organization.school (id),
  handover_id   bigint       NOT NULL REFERENCES assets.handover (id),
  asset_id      bigint       NOT NULL REFERENCES assets.asset (id),
  quantity      int          NOT NULL CHECK (quantity > 0),
  from_place    varchar(200) NOT NULL,
  to_place      varchar(200) NOT NULL
);
CREATE INDEX handover_line_handover_idx ON assets.handover_line (handover_id);
CREATE INDEX handover_line_asset_idx ON assets.handover_line (asset_id);

-- The custodian's signed list of what they hold (保管确认), signed again whenever they like.
CREATE TABLE assets.custody_confirmation (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id   bigint        NOT NULL REFERENCES organization.school (id),
  staff_id    bigint        NOT NULL REFERENCES organization.staff (id),
  asset_count int           NOT NULL,
  item_count  int           NOT NULL,
  total_value numeric(14,2) NOT NULL,
  signed_by   bigint        REFERENCES iam.app_user (id),
  signed_at   timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX custody_confirmation_staff_idx ON assets.custody_confirmation (school_id, staff_id, signed_at DESC);

-- Every event of a card, append-only: registration, handover, transfer, loan and return, repair, revaluation,
-- split, status change, stocktake and disposal.
CREATE TABLE assets.asset_event (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id   bigint       NOT NULL REFERENCES organization.school (id),
  asset_id    bigint       NOT NULL REFERENCES assets.asset (id),
  kind        varchar(16)  NOT NULL CHECK (kind IN ('REGISTER', 'UPDATE', 'HANDOVER', 'TRANSFER', 'LOAN', 'RETURN',
                                                   'REPAIR', 'REVALUE', 'SPLIT', 'STATUS', 'STOCKTAKE', 'DISPOSE')),
  happened_at timestamptz  NOT NULL DEFAULT now(),
  actor_id    bigint       REFERENCES iam.app_user (id),
  actor_name  varchar(40)  NOT NULL,
  summary     varchar(400) NOT NULL,
  link        varchar(120)
);
CREATE INDEX asset_event_asset_idx ON assets.asset_event (asset_id, id);

GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA assets TO houqin_app;
-- The history and the signed records are append-only.
REVOKE UPDATE ON assets.asset_event, assets.handover_line, assets.custody_confirmation FROM houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['category', 'settings', 'asset', 'handover', 'handover_line', 'custody_confirmation',
                           'asset_event'] LOOP
    EXECUTE format('ALTER TABLE assets.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON assets.%I
                      USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))', t);
  END LOOP;
END
$$;

-- A category's parent: for GB/T 14885 seven-digit codes (门类 1 digit, 大类 2, 中类 2, 小类 2) the nearest existing
-- category with the last non-zero level cleared (2200100 空调 → 2200000 电气设备 → 2000000 通用设备); for other codes
-- (an imported tree of another shape) the one whose code without trailing zeros is the longest start of its own.
CREATE FUNCTION assets.parent_codes(code text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN code ~ '^[0-9]{7}$' THEN
    array_remove(ARRAY[
      CASE WHEN substr(code, 6, 2) <> '00' THEN left(code, 5) || '00' END,
      CASE WHEN substr(code, 4, 4) <> '0000' THEN left(code, 3) || '0000' END,
      CASE WHEN substr(code, 2, 6) <> '000000' THEN left(code, 1) || '000000' END], NULL)
  END
$$;

CREATE FUNCTION assets.link_parents(school bigint) RETURNS void LANGUAGE sql AS $$
  UPDATE assets.category c SET parent_id = best.parent_id
  FROM (SELECT DISTINCT ON (c2.id) c2.id, p.id AS parent_id
        FROM assets.category c2 JOIN assets.category p
          ON p.school_id = c2.school_id AND p.id <> c2.id
         AND CASE WHEN assets.parent_codes(c2.code) IS NOT NULL
                  THEN p.code = ANY(assets.parent_codes(c2.code))
                  ELSE c2.code LIKE rtrim(p.code, '0') || '%'
                       AND length(rtrim(p.code, '0')) < length(rtrim(c2.code, '0')) END
        WHERE c2.school_id = school
        ORDER BY c2.id, length(rtrim(p.code, '0')) DESC, p.code DESC) best
  WHERE c.id = best.id AND c.parent_id IS DISTINCT FROM best.parent_id;
$$;

-- Schools that exist get the default tree and settings; new schools get them when they are created.
CREATE FUNCTION assets.seed_school(school bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO assets.settings (school_id) VALUES (school) ON CONFLICT DO NOTHING;
  INSERT INTO assets.category (school_id, code, name, depreciable, useful_life_months, appliance)
  SELECT school, c.code, c.name, c.life IS NOT NULL, c.life * 12, c.appliance
  FROM (VALUES ('1000000', '土地、房屋及构筑物', NULL::int, false), ('1010000', '土地、海域及无居民海岛', NULL, false),
               ('1020000', '房屋', 50, false), ('1020100', '钢结构、钢筋混凝土结构房屋', 50, false),
               ('1020200', '砖混结构房屋', 30, false), ('1020300', '简易房', 8, false),
               ('1030000', '构筑物', 8, false),
               ('2000000', '通用设备', NULL, false), ('2010000', '计算机设备及软件', 6, false),
               ('2020000', '办公设备', 6, false), ('2030000', '车辆', 8, false), ('2040000', '图书档案设备', 5, false),
               ('2100000', '机械设备', 10, false), ('2200000', '电气设备', 5, true), ('2200100', '空调', 5, true),
               ('2310000', '通信设备', 5, false), ('2320000', '广播、电视、电影设备', 5, true),
               ('2400000', '仪器仪表', 5, false), ('2400100', '教学仪器', 5, false),
               ('3000000', '专用设备', NULL, false), ('3220000', '医疗设备', 5, false),
               ('3500000', '文艺设备', 5, false), ('3510000', '体育设备', 5, false),
               ('4000000', '文物和陈列品', NULL, false),
               ('5000000', '图书、档案', NULL, false), ('5010000', '图书', NULL, false),
               ('6000000', '家具、用具、装具', NULL, false), ('6010000', '家具', 15, false),
               ('6020000', '用具、装具', 5, false))
       AS c (code, name, life, appliance);
  SELECT assets.link_parents(school);
$$;
SELECT assets.seed_school(id) FROM organization.school;

INSERT INTO iam.permission (code, module) VALUES
  ('assets:asset:read', 'assets'),
  ('assets:asset:write', 'assets'),
  ('assets:report:read', 'assets'),
  ('assets:settings:write', 'assets');

-- Everyone sees the assets their data scope covers (a teacher: what they hold); the 后勤主任 and 仓管员 keep the
-- register; the school's leaders and finance read the reports.
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'assets:asset:read' FROM iam.role r WHERE r.builtin AND r.code <> 'DISTRICT_ADMIN';
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, g.permission FROM iam.role r
JOIN (VALUES
  ('DIRECTOR', 'assets:asset:write'), ('DIRECTOR', 'assets:report:read'), ('DIRECTOR', 'assets:settings:write'),
  ('STOREKEEPER', 'assets:asset:write'), ('STOREKEEPER', 'assets:report:read'),
  ('PRINCIPAL', 'assets:report:read'), ('VICE_PRINCIPAL', 'assets:report:read'), ('FINANCE', 'assets:report:read'),
  ('ADMIN', 'assets:settings:write')
) AS g (code, permission) ON g.code = r.code
WHERE r.builtin;
