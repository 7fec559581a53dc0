-- 资产设置 move to 系统设置 (platform.setting_value, group "assets"): every school keeps exactly the values it had
-- and its version. The share is written as the settings kit writes a decimal: no trailing zeros (85.50 → 85.5).
INSERT INTO platform.setting_value (school_id, key, value)
SELECT s.school_id, v.key, v.value
FROM assets.settings s
CROSS JOIN LATERAL (VALUES ('assets.depreciation.start', s.depreciation_start),
                           ('assets.compensation.share', trim_scale(s.compensation_share)::text)) AS v (key, value)
ON CONFLICT (school_id, key) DO NOTHING;

INSERT INTO platform.setting_group (school_id, group_id, version)
SELECT school_id, 'assets', version FROM assets.settings
ON CONFLICT (school_id, group_id) DO NOTHING;
