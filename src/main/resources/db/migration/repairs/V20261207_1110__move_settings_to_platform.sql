-- 报修设置 move to 系统设置 (platform.setting_value, group "repairs"): every school keeps exactly the values it had,
-- defaults included, and its version.
INSERT INTO platform.setting_value (school_id, key, value)
SELECT s.school_id, v.key, v.value
FROM repairs.settings s
CROSS JOIN LATERAL (VALUES ('repairs.hours.urgent', s.urgent_hours::text),
                           ('repairs.hours.teaching', s.teaching_hours::text),
                           ('repairs.hours.normal', s.normal_hours::text),
                           ('repairs.auto-close.days', s.auto_close_days::text),
                           ('repairs.guest.enabled', s.guest_reporting::text),
                           ('repairs.guest.hourly-limit', s.guest_hourly_limit::text)) AS v (key, value)
ON CONFLICT (school_id, key) DO NOTHING;

INSERT INTO platform.setting_group (school_id, group_id, version)
SELECT school_id, 'repairs', version FROM repairs.settings
ON CONFLICT (school_id, group_id) DO NOTHING;

-- Nothing reads the old table any more; it stays, read-only for the application, until it is dropped.
COMMENT ON TABLE repairs.settings IS 'Superseded by platform.setting_value (group repairs) since V20261207_1110; unused.';
REVOKE ALL ON repairs.settings FROM houqin_app;
