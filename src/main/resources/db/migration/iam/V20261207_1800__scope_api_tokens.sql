-- A token's scope (issue 15): read-only or read-write, limited to some application modules (NULL: every module its
-- owner may use), and who revoked it (the owner or the school's user administrator). Tokens made before keep
-- working as they did: read-write, every module, no expiry. New tokens get an expiry from the page.
ALTER TABLE iam.api_token
  ADD COLUMN read_only  boolean NOT NULL DEFAULT false,
  ADD COLUMN modules    text[] CHECK (modules IS NULL OR cardinality(modules) > 0),
  ADD COLUMN revoked_by bigint REFERENCES iam.app_user (id) ON DELETE SET NULL;

-- The owner's page and the administrator's list both start from the owner.
CREATE INDEX api_token_user ON iam.api_token (user_id, created_at DESC);
