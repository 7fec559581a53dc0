-- 数据备份 (ADR 0034): every run of a backup, nightly or asked for on the admin page. A backup holds the whole
-- installation (every school), so its runs belong to no school and need no row-level security.
CREATE TABLE platform.backup_run (
  id           bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind         varchar(16)   NOT NULL CHECK (kind IN ('NIGHTLY', 'MANUAL')),
  requested_by bigint,
  started_at   timestamptz   NOT NULL DEFAULT now(),
  finished_at  timestamptz,
  file_name    varchar(200),
  size_bytes   bigint        CHECK (size_bytes >= 0),
  table_count  int,
  row_count    bigint,
  file_count   int,
  verified     boolean       NOT NULL DEFAULT false,
  error        varchar(1000)
);
CREATE INDEX backup_run_started_idx ON platform.backup_run (started_at DESC);
GRANT SELECT, INSERT, UPDATE ON platform.backup_run TO houqin_app;

-- Backups are managed by the installation's administrators: a school's 系统管理员 (the page lets them act only when
-- the installation holds their school alone) and the district's 教育局管理员.
INSERT INTO iam.permission (code, module) VALUES ('platform:backup:manage', 'platform');

INSERT INTO iam.role_permission (role_id, permission)
SELECT r.id, 'platform:backup:manage' FROM iam.role r
WHERE r.builtin AND (r.code = 'ADMIN' OR (r.school_id IS NULL AND r.code = 'DISTRICT_ADMIN'));
