-- A new school's asset settings are the defaults of 系统设置 until someone changes them: seeding no longer writes the
-- old settings row. Same tree as before.
CREATE OR REPLACE FUNCTION assets.seed_school(school bigint) RETURNS void LANGUAGE sql AS $$
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

-- Nothing reads the old table any more; it stays, closed to the application, until it is dropped.
COMMENT ON TABLE assets.settings IS 'Superseded by platform.setting_value (group assets) since V20261207_1120; unused.';
REVOKE ALL ON assets.settings FROM houqin_app;
