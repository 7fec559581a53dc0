-- Row-level security reads the school scope once per query instead of once per row (ADR 0028).
-- platform.school_visible(school_id) is inlined into every policy, so PostgreSQL read current_setting twice and
-- parsed the comma list into an array for every row it looked at. Written as scalar sub-selects, the scope becomes
-- two InitPlans evaluated once per query; each row then costs a boolean and an array lookup. The cast is needed:
-- without it, ANY ((SELECT ...)) reads as "any row of the sub-select" and compares bigint with bigint[].
-- platform.school_visible stays for anything else that calls it; the meaning is unchanged: '*' every school,
-- '' (or no setting) none, else the listed schools.

-- True when the current work sees every school ('*': system work, the district).
CREATE FUNCTION platform.sees_every_school() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE AS
$$
  SELECT coalesce(current_setting('houqin.school_ids', true), '') = '*'
$$;
GRANT EXECUTE ON FUNCTION platform.sees_every_school() TO houqin_app;

-- The schools the current work sees: NULL for every school, an empty array for none.
CREATE FUNCTION platform.visible_school_ids() RETURNS bigint[]
  LANGUAGE sql STABLE PARALLEL SAFE AS
$$
  SELECT CASE coalesce(current_setting('houqin.school_ids', true), '')
           WHEN '*' THEN NULL
           WHEN '' THEN ARRAY[]::bigint[]
           ELSE string_to_array(current_setting('houqin.school_ids', true), ',')::bigint[]
         END
$$;
GRANT EXECUTE ON FUNCTION platform.visible_school_ids() TO houqin_app;

-- Every policy that calls platform.school_visible(<column>) gets the same expression with each call replaced by
-- the once-per-query form. ALTER POLICY keeps the policy's name, command, roles and permissive/restrictive kind.
DO $$
DECLARE
  p        record;
  slow     constant text := '(platform\.)?school_visible\((\w+)\)';
  fast     constant text :=
    '((SELECT platform.sees_every_school()) OR \2 = ANY ((SELECT platform.visible_school_ids())::bigint[]))';
  clauses  text;
BEGIN
  FOR p IN SELECT schemaname, tablename, policyname, qual, with_check FROM pg_policies
           WHERE qual ~ slow OR with_check ~ slow LOOP
    clauses := '';
    IF p.qual IS NOT NULL THEN
      clauses := format(' USING (%s)', regexp_replace(p.qual, slow, fast, 'g'));
    END IF;
    IF p.with_check IS NOT NULL THEN
      clauses := clauses || format(' WITH CHECK (%s)', regexp_replace(p.with_check, slow, fast, 'g'));
    END IF;
    EXECUTE format('ALTER POLICY %I ON %I.%I', p.policyname, p.schemaname, p.tablename) || clauses;
  END LOOP;
END
$$;
