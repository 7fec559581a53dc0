INSERT INTO iam.permission (code, module) VALUES
  ('warehouse:item:read', 'warehouse'),
  ('warehouse:item:write', 'warehouse');

INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, g.permission FROM iam.role r
JOIN (VALUES
  ('STOREKEEPER', 'warehouse:item:read'), ('STOREKEEPER', 'warehouse:item:write'),
  ('DIRECTOR', 'warehouse:item:read'), ('DIRECTOR', 'warehouse:item:write'),
  ('PRINCIPAL', 'warehouse:item:read'), ('VICE_PRINCIPAL', 'warehouse:item:read'), ('FINANCE', 'warehouse:item:read')
) AS g (code, permission) ON g.code = r.code
WHERE r.builtin;
