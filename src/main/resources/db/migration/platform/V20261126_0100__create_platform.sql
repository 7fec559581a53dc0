-- The application connects with the deployment's login and then switches to the role houqin_app
-- (SET ROLE), so that row-level security applies and ledgers can be made append-only by grants.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'houqin_app') THEN
    CREATE ROLE houqin_app NOLOGIN;
  END IF;
END
$$;
GRANT houqin_app TO CURRENT_USER;

CREATE SCHEMA platform;
GRANT USAGE ON SCHEMA platform TO houqin_app;

-- True when the current connection may see rows of the given school. The application sets
-- houqin.school_ids per connection checkout: '*' for system work, a comma list for a user, '' for nobody.
CREATE FUNCTION platform.school_visible(sid bigint) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE AS
$$
  SELECT CASE coalesce(current_setting('houqin.school_ids', true), '')
           WHEN '*' THEN true
           WHEN '' THEN false
           ELSE sid = ANY (string_to_array(current_setting('houqin.school_ids', true), ',')::bigint[])
         END
$$;
GRANT EXECUTE ON FUNCTION platform.school_visible(bigint) TO houqin_app;

CREATE TABLE platform.spring_session (
  primary_id            char(36)     NOT NULL,
  session_id            char(36)     NOT NULL,
  creation_time         bigint       NOT NULL,
  last_access_time      bigint       NOT NULL,
  max_inactive_interval int          NOT NULL,
  expiry_time           bigint       NOT NULL,
  principal_name        varchar(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON platform.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON platform.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON platform.spring_session (principal_name);

CREATE TABLE platform.spring_session_attributes (
  session_primary_id char(36)     NOT NULL,
  attribute_name     varchar(200) NOT NULL,
  attribute_bytes    bytea        NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
    REFERENCES platform.spring_session (primary_id) ON DELETE CASCADE
);

CREATE TABLE platform.event_publication (
  id                     uuid        NOT NULL PRIMARY KEY,
  listener_id            text        NOT NULL,
  event_type             text        NOT NULL,
  serialized_event       text        NOT NULL,
  publication_date       timestamptz NOT NULL,
  completion_date        timestamptz,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON platform.event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON platform.event_publication (completion_date);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA platform TO houqin_app;

-- Facts about this installation, such as whether the demo school was loaded.
CREATE TABLE platform.installation (
  key        varchar(64) PRIMARY KEY,
  value      text        NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON platform.installation TO houqin_app;
