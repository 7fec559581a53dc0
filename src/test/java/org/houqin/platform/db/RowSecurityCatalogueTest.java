package org.houqin.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Every table that holds a school's rows keeps the other schools' rows out by itself (ADR 0002): row-level security
 * is on and a policy checks the school scope once per query (ADR 0028). A new module's migration that forgets it, or
 * copies the old per-row form, fails here.
 */
class RowSecurityCatalogueTest extends IntegrationTest {

    @Test
    void everyTableWithASchoolIdHasRowLevelSecurityAndASchoolPolicy() {
        List<String> tables = Demo.asSystem(() -> jdbc.sql("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'school_id' AND NOT a.attisdropped
                WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                ORDER BY 1""").query(String.class).list());
        assertThat(tables).as("the catalogue finds the school tables").hasSizeGreaterThan(40)
                .contains("repairs.request", "warehouse.movement", "assets.asset", "platform.timeline_event");

        List<String> unguarded = Demo.asSystem(() -> jdbc.sql("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'school_id' AND NOT a.attisdropped
                WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                  AND (NOT c.relrowsecurity OR NOT EXISTS (
                        SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
                          AND pg_get_expr(p.polqual, p.polrelid)
                              LIKE '%school_id = ANY%platform.visible_school_ids()%'))
                ORDER BY 1""").query(String.class).list());
        assertThat(unguarded).as("tables with school_id but no row-level security by school").isEmpty();
    }

    @Test
    void noPolicyWorksOutTheSchoolScopeOnEveryRow() {
        List<String> slow = Demo.asSystem(() -> jdbc.sql("""
                SELECT schemaname || '.' || tablename || ' ' || policyname FROM pg_policies
                WHERE qual LIKE '%school_visible(%' OR with_check LIKE '%school_visible(%'
                ORDER BY 1""").query(String.class).list());
        assertThat(slow).as("policies calling platform.school_visible, which reads the scope per row: write "
                + "(SELECT platform.sees_every_school()) OR school_id = ANY ((SELECT platform.visible_school_ids())"
                + "::bigint[]) as in docs/adr/0028").isEmpty();
    }
}
