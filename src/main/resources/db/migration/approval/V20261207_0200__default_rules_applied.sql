-- Which document types' default approval rules each school was given (by the module that declares them, as data),
-- so that a school gets them once: at its creation, or at the first start after an upgrade adds a module.
CREATE TABLE approval.default_applied (
  school_id     bigint      NOT NULL REFERENCES organization.school (id),
  document_type varchar(16) NOT NULL,
  applied_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, document_type)
);
GRANT SELECT, INSERT ON approval.default_applied TO houqin_app;
ALTER TABLE approval.default_applied ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_isolation ON approval.default_applied
  USING (platform.school_visible(school_id)) WITH CHECK (platform.school_visible(school_id));

-- The schools that exist got the rules of these types from earlier migrations or when they were created.
INSERT INTO approval.default_applied (school_id, document_type)
SELECT s.id, t.type FROM organization.school s CROSS JOIN (VALUES ('RQ'), ('PD'), ('BS'), ('CZ'), ('ZCPD')) AS t (type);
