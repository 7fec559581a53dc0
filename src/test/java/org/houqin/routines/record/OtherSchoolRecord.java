package org.houqin.routines.record;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.houqin.organization.OrganizationApi;
import org.houqin.routines.checklist.AppliesTo;
import org.houqin.routines.checklist.TemplateJson;
import org.houqin.routines.checklist.TemplateLibrary;
import org.houqin.support.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A record and a round of another school (made once per call), for tests that another school's ids stay hidden. */
public final class OtherSchoolRecord {

    private record Version(long school, long templateId, long versionId) {
    }

    private OtherSchoolRecord() {
    }

    /** A record of the other school's fire check; its id. */
    public static long make(JdbcClient jdbc, TransactionTemplate transaction, OrganizationApi organization) {
        return Demo.asSystem(() -> transaction.execute(status -> {
            Version version = version(jdbc, organization);
            long user = jdbc.sql("SELECT id FROM iam.app_user ORDER BY id LIMIT 1").query(Long.class).single();
            return jdbc.sql("""
                    INSERT INTO routines.record (school_id, template_version_id, answers, submitted_by)
                    VALUES (?, ?, '{}'::jsonb, ?) RETURNING id""").params(version.school(), version.versionId(), user)
                    .query(Long.class).single();
        }));
    }

    /** An open round of the other school's fire check, for a role of that school; its id. */
    public static long round(JdbcClient jdbc, TransactionTemplate transaction, OrganizationApi organization) {
        return Demo.asSystem(() -> transaction.execute(status -> {
            Version version = version(jdbc, organization);
            long role = jdbc.sql("SELECT id FROM iam.role WHERE school_id = ? ORDER BY id LIMIT 1")
                    .param(version.school()).query(Long.class).single();
            long schedule = jdbc.sql("""
                    INSERT INTO routines.schedule (school_id, template_id, name, cadence, opens_at, due_at,
                           assignee_kind, assignee_role_id, starts_on)
                    VALUES (?, ?, '外校消防检查', 'MONTHLY 1', '08:00', '17:00', 'ROLE', ?, ?) RETURNING id""")
                    .params(version.school(), version.templateId(), role, LocalDate.now()).query(Long.class).single();
            Instant now = Instant.now();
            return jdbc.sql("""
                    INSERT INTO routines.occurrence (school_id, schedule_id, key, day, opens_at, due_at, overdue_at,
                           assignee_role_id)
                    VALUES (?, ?, substr(md5(random()::text), 1, 20), ?, ?, ?, ?, ?) RETURNING id""")
                    .params(version.school(), schedule, LocalDate.now(), Timestamp.from(now.minus(Duration.ofHours(1))),
                            Timestamp.from(now.plus(Duration.ofHours(8))), Timestamp.from(now.plus(Duration.ofHours(9))),
                            role).query(Long.class).single();
        }));
    }

    private static Version version(JdbcClient jdbc, OrganizationApi organization) {
        long school = jdbc.sql("SELECT id FROM organization.school WHERE code = 'RRO'").query(Long.class)
                .optional().orElseGet(() -> organization.createSchool("RRO", "外校检查记录小学"));
        var library = TemplateLibrary.load().template("fire-monthly").orElseThrow();
        long template = jdbc.sql("""
                INSERT INTO routines.template (school_id, code, name, category)
                VALUES (?, 'fire-' || substr(md5(random()::text), 1, 8), '外校消防月检', '消防安全') RETURNING id""")
                .param(school).query(Long.class).single();
        long version = jdbc.sql("""
                INSERT INTO routines.template_version (school_id, template_id, number, applies_to, items)
                VALUES (?, ?, 1, ?::jsonb, ?::jsonb) RETURNING id""")
                .params(school, template, TemplateJson.appliesTo(AppliesTo.everywhere()),
                        TemplateJson.items(library.items())).query(Long.class).single();
        return new Version(school, template, version);
    }
}
