CREATE SCHEMA audit;
GRANT USAGE ON SCHEMA audit TO houqin_app;

-- Append-only: the application's role may insert and read, never update or delete.
CREATE TABLE audit.log_entry (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz  NOT NULL DEFAULT now(),
  school_id   bigint,
  user_id     bigint,
  username    varchar(64),
  ip          varchar(64),
  module      varchar(32)  NOT NULL,
  entity      varchar(64)  NOT NULL,
  entity_id   varchar(64),
  action      varchar(32)  NOT NULL,
  before_data jsonb,
  after_data  jsonb,
  detail      varchar(500)
);
CREATE INDEX log_entry_at_idx ON audit.log_entry (at DESC);
CREATE INDEX log_entry_school_at_idx ON audit.log_entry (school_id, at DESC);
CREATE INDEX log_entry_entity_idx ON audit.log_entry (entity, entity_id);

GRANT SELECT, INSERT ON audit.log_entry TO houqin_app;

-- Retention: the only way rows leave, and never younger than 184 days whatever the caller asks.
CREATE FUNCTION audit.purge_older_than(keep_days int) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, audit AS
$$
DECLARE removed bigint;
BEGIN
  DELETE FROM audit.log_entry WHERE at < now() - make_interval(days => greatest(keep_days, 184));
  GET DIAGNOSTICS removed = ROW_COUNT;
  RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION audit.purge_older_than(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit.purge_older_than(int) TO houqin_app;
