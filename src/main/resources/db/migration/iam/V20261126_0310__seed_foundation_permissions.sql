INSERT INTO iam.permission (code, module) VALUES
  ('iam:user:read', 'iam'),
  ('iam:user:write', 'iam'),
  ('iam:role:read', 'iam'),
  ('iam:role:write', 'iam'),
  ('organization:school:manage', 'organization'),
  ('organization:department:read', 'organization'),
  ('organization:department:write', 'organization'),
  ('organization:staff:read', 'organization'),
  ('organization:staff:write', 'organization'),
  ('organization:staff:reveal', 'organization'),
  ('organization:class:read', 'organization'),
  ('organization:class:write', 'organization'),
  ('organization:semester:read', 'organization'),
  ('organization:semester:write', 'organization'),
  ('places:room:read', 'places'),
  ('places:room:write', 'places'),
  ('places:building:write', 'places'),
  ('audit:log:read', 'audit');

-- The district education bureau's administrator reads every school and adds schools.
INSERT INTO iam.role (school_id, code, name, data_scope, builtin)
VALUES (NULL, 'DISTRICT_ADMIN', '教育局管理员', 'ALL', true);
INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, p.code FROM iam.role r CROSS JOIN iam.permission p
WHERE r.school_id IS NULL AND r.code = 'DISTRICT_ADMIN'
  AND p.code IN ('organization:school:manage', 'organization:department:read', 'organization:staff:read',
                 'organization:class:read', 'organization:semester:read', 'places:room:read', 'audit:log:read');
