CREATE SCHEMA iam;
GRANT USAGE ON SCHEMA iam TO houqin_app;

-- Every permission the code checks, module:resource:action. PermissionCatalogTests keeps this table and
-- the code in step.
CREATE TABLE iam.permission (
  code   varchar(100) PRIMARY KEY CHECK (code ~ '^[a-z]+:[a-z-]+:[a-z-]+$'),
  module varchar(32)  NOT NULL
);

CREATE TABLE iam.role (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id   bigint REFERENCES organization.school (id),   -- null: a district-level role
  code        varchar(32) NOT NULL,
  name        varchar(64) NOT NULL,
  data_scope  varchar(32) NOT NULL
    CHECK (data_scope IN ('ALL', 'CHOSEN_DEPARTMENTS', 'OWN_DEPARTMENT', 'DEPARTMENT_AND_BELOW', 'SELF')),
  builtin     boolean     NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  version     int         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX role_code_unique ON iam.role (coalesce(school_id, 0), code);

CREATE TABLE iam.role_permission (
  role_id    bigint       NOT NULL REFERENCES iam.role (id) ON DELETE CASCADE,
  permission varchar(100) NOT NULL REFERENCES iam.permission (code),
  PRIMARY KEY (role_id, permission)
);

CREATE TABLE iam.role_department (
  role_id       bigint NOT NULL REFERENCES iam.role (id) ON DELETE CASCADE,
  department_id bigint NOT NULL REFERENCES organization.department (id),
  PRIMARY KEY (role_id, department_id)
);

CREATE TABLE iam.app_user (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id            bigint REFERENCES organization.school (id),   -- null: a district user
  username             varchar(64)  NOT NULL,
  display_name         varchar(64)  NOT NULL,
  password_hash        varchar(255) NOT NULL,
  staff_id             bigint REFERENCES organization.staff (id),
  enabled              boolean      NOT NULL DEFAULT true,
  failed_attempts      int          NOT NULL DEFAULT 0,
  failure_window_start timestamptz,
  locked_until         timestamptz,
  password_changed_at  timestamptz,
  last_login_at        timestamptz,
  created_at           timestamptz  NOT NULL DEFAULT now(),
  version              int          NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_username_unique ON iam.app_user (lower(username));

CREATE TABLE iam.user_role (
  user_id bigint NOT NULL REFERENCES iam.app_user (id) ON DELETE CASCADE,
  role_id bigint NOT NULL REFERENCES iam.role (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, role_id)
);

CREATE TABLE iam.api_token (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id      bigint       NOT NULL REFERENCES iam.app_user (id) ON DELETE CASCADE,
  name         varchar(64)  NOT NULL,
  token_prefix varchar(16)  NOT NULL,
  token_hash   varchar(64)  NOT NULL UNIQUE,
  created_at   timestamptz  NOT NULL DEFAULT now(),
  expires_at   timestamptz,
  last_used_at timestamptz,
  revoked_at   timestamptz
);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA iam TO houqin_app;
GRANT SELECT ON iam.permission TO houqin_app;
REVOKE INSERT, UPDATE, DELETE ON iam.permission FROM houqin_app;
