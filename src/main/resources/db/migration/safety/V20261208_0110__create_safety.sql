-- 安全管理: the safety module's schema and permissions. Its tables come with the features that fill them.
CREATE SCHEMA safety;
GRANT USAGE ON SCHEMA safety TO houqin_app;

INSERT INTO iam.permission (code, module) VALUES
  ('safety:hazard:report', 'safety'),
  ('safety:hazard:read', 'safety'),
  ('safety:hazard:manage', 'safety'),
  ('safety:hazard:recheck', 'safety'),
  ('safety:inspection:write', 'safety'),
  ('safety:letter:write', 'safety'),
  ('safety:letter:sign', 'safety'),
  ('safety:rule:read', 'safety'),
  ('safety:rule:write', 'safety'),
  ('safety:drill:write', 'safety'),
  ('safety:archive:read', 'safety'),
  ('safety:settings:write', 'safety');

-- Everyone at a school reports hazards, sees those in scope, signs their letters and reads the rules in force.
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, p.permission FROM iam.role r
CROSS JOIN (VALUES ('safety:hazard:report'), ('safety:hazard:read'), ('safety:letter:sign'), ('safety:rule:read'))
  AS p (permission)
WHERE r.builtin AND r.school_id IS NOT NULL;

INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, g.permission FROM iam.role r
JOIN (VALUES
  ('ADMIN', 'safety:settings:write'),
  ('PRINCIPAL', 'safety:hazard:recheck'), ('PRINCIPAL', 'safety:archive:read'),
  ('VICE_PRINCIPAL', 'safety:hazard:manage'), ('VICE_PRINCIPAL', 'safety:hazard:recheck'),
  ('VICE_PRINCIPAL', 'safety:inspection:write'), ('VICE_PRINCIPAL', 'safety:letter:write'),
  ('VICE_PRINCIPAL', 'safety:rule:write'), ('VICE_PRINCIPAL', 'safety:drill:write'),
  ('VICE_PRINCIPAL', 'safety:archive:read'),
  ('DIRECTOR', 'safety:hazard:manage'), ('DIRECTOR', 'safety:hazard:recheck'),
  ('DIRECTOR', 'safety:inspection:write'), ('DIRECTOR', 'safety:letter:write'), ('DIRECTOR', 'safety:rule:write'),
  ('DIRECTOR', 'safety:drill:write'), ('DIRECTOR', 'safety:archive:read'), ('DIRECTOR', 'safety:settings:write')
) AS g (code, permission) ON g.code = r.code
WHERE r.builtin;
