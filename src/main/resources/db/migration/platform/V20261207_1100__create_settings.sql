-- 系统设置: the settings kit (platform.settings). Settings are declared in code with a type, range, default and the
-- regulation the default comes from; a school's row here overrides the default. Values are text in the canonical
-- form of their declared type, checked by the application on every save.
CREATE TABLE platform.setting_value (
  school_id bigint        NOT NULL REFERENCES organization.school (id),
  key       varchar(100)  NOT NULL CHECK (key ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$'),
  value     varchar(1000) NOT NULL,
  PRIMARY KEY (school_id, key)
);

-- One version per school and group of settings: a group is saved on one form, checked against it (optimistic
-- locking). A group never saved has no row, which reads as version 0.
CREATE TABLE platform.setting_group (
  school_id bigint      NOT NULL REFERENCES organization.school (id),
  group_id  varchar(32) NOT NULL CHECK (group_id ~ '^[a-z][a-z0-9-]*$'),
  version   int         NOT NULL DEFAULT 0,
  PRIMARY KEY (school_id, group_id)
);

-- Every change of a value, with who made it (id and the name at the time; none for the system). Append-only.
CREATE TABLE platform.setting_change (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  school_id       bigint        NOT NULL REFERENCES organization.school (id),
  group_id        varchar(32)   NOT NULL,
  key             varchar(100)  NOT NULL,
  old_value       varchar(1000) NOT NULL,
  new_value       varchar(1000) NOT NULL,
  changed_at      timestamptz   NOT NULL DEFAULT now(),
  changed_by      bigint        REFERENCES iam.app_user (id),
  changed_by_name varchar(100)
);
CREATE INDEX setting_change_group_idx ON platform.setting_change (school_id, group_id, id DESC);

GRANT SELECT, INSERT, UPDATE ON platform.setting_value, platform.setting_group TO houqin_app;
-- The history is append-only, like every ledger.
GRANT SELECT, INSERT ON platform.setting_change TO houqin_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['setting_value', 'setting_group', 'setting_change'] LOOP
    EXECUTE format('ALTER TABLE platform.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY school_isolation ON platform.%I
                      USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id))', t);
  END LOOP;
END
$$;
