-- 检查表与日程: the routine primitive's schema and permissions. Its tables come with the features that fill them.
CREATE SCHEMA routines;
GRANT USAGE ON SCHEMA routines TO houqin_app;

INSERT INTO iam.permission (code, module) VALUES
  ('routines:template:read', 'routines'),
  ('routines:template:write', 'routines'),
  ('routines:record:fill', 'routines'),
  ('routines:completion:read', 'routines');

-- Everyone at a school fills the checks due to them.
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'routines:record:fill' FROM iam.role r WHERE r.builtin AND r.school_id IS NOT NULL;

INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, g.permission FROM iam.role r
JOIN (VALUES
  ('PRINCIPAL', 'routines:template:read'), ('PRINCIPAL', 'routines:completion:read'),
  ('VICE_PRINCIPAL', 'routines:template:read'), ('VICE_PRINCIPAL', 'routines:completion:read'),
  ('DIRECTOR', 'routines:template:read'), ('DIRECTOR', 'routines:template:write'),
  ('DIRECTOR', 'routines:completion:read')
) AS g (code, permission) ON g.code = r.code
WHERE r.builtin;
