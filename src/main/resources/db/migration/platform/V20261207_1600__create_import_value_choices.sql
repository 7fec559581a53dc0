-- 导入取值对应: what a school answered for a value of an imported file that named no record exactly ("教学楼A-101"
-- is the room A-101; "张老师" is left empty), kept for its next import of any kind that looks up the same records.
-- target_id names the record in the lookup's own module (by id, no foreign key across modules); NULL: left empty.
CREATE TABLE platform.import_value_choice (
  school_id  bigint       NOT NULL REFERENCES organization.school (id),
  lookup     varchar(32)  NOT NULL CHECK (lookup ~ '^[a-z][a-z_]*$'),
  file_value varchar(200) NOT NULL CHECK (file_value <> ''),
  target_id  bigint,
  chosen_by  bigint       NOT NULL,
  chosen_at  timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, lookup, file_value)
);

GRANT SELECT, INSERT, UPDATE ON platform.import_value_choice TO houqin_app;
ALTER TABLE platform.import_value_choice ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON platform.import_value_choice
  USING ((SELECT platform.sees_every_school()) OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]))
  WITH CHECK ((SELECT platform.sees_every_school()) OR school_id = ANY ((SELECT platform.visible_school_ids())::bigint[]));
