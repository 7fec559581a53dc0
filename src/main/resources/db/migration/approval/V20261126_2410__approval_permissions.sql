-- Everyone at a school has an inbox (待办), submissions and delegations; the school's administrator writes the rules.
INSERT INTO iam.permission (code, module) VALUES
  ('approval:inbox:use', 'approval'),
  ('approval:rule:write', 'approval');

INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'approval:inbox:use' FROM iam.role r WHERE r.builtin AND r.school_id IS NOT NULL;

INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'approval:rule:write' FROM iam.role r WHERE r.builtin AND r.code = 'ADMIN';
