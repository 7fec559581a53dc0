-- Accounts, roles and the audit log get the same school isolation as business tables. Rows without a school
-- (district accounts, the district role, failed logins of unknown names) stay readable, as before.
ALTER TABLE iam.app_user ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON iam.app_user
  USING (school_id IS NULL OR platform.school_visible(school_id))
  WITH CHECK (school_id IS NULL OR platform.school_visible(school_id));

ALTER TABLE iam.role ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON iam.role
  USING (school_id IS NULL OR platform.school_visible(school_id))
  WITH CHECK (school_id IS NULL OR platform.school_visible(school_id));

ALTER TABLE audit.log_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_reads ON audit.log_entry FOR SELECT
  USING (school_id IS NULL OR platform.school_visible(school_id));
-- Anyone working may write an audit row (a denial, a district change); reading is what is limited.
CREATE POLICY anyone_writes ON audit.log_entry FOR INSERT WITH CHECK (true);
