-- An upgrade whose second statement fails: PostgreSQL runs a migration in one transaction, so its first statement
-- must not stay either (FailedMigrationTest).
ALTER TABLE repairs.request ADD COLUMN upgraded_half_way boolean;
SELECT 1 / 0;
