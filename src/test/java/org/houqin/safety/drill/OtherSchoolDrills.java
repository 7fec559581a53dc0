package org.houqin.safety.drill;

import org.houqin.support.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A drill of another school, for the tests that it is never found from the demo school. */
public final class OtherSchoolDrills {

    private OtherSchoolDrills() {
    }

    /** A planned drill of the school of this asset card, organized by one of that school's users. */
    public static long of(JdbcClient jdbc, TransactionTemplate transaction, long card) {
        return Demo.asSystem(() -> transaction.execute(status -> {
            jdbc.sql("""
                    INSERT INTO iam.app_user (school_id, username, display_name, password_hash)
                    SELECT a.school_id, 'drill-organizer-' || a.school_id, '外校组织者', '{noop}x'
                    FROM assets.asset a WHERE a.id = ?
                      AND NOT EXISTS (SELECT 1 FROM iam.app_user u WHERE u.username = 'drill-organizer-' || a.school_id)""")
                    .param(card).update();
            return jdbc.sql("""
                INSERT INTO safety.drill (school_id, number, kind, title, planned_at, place, organizer_user_id,
                       organizer_name)
                SELECT a.school_id, 'YL-2026-' || lpad((floor(random() * 90000) + 10000)::int::text, 5, '0'), 'FIRE',
                       '外校消防演练', now() + interval '3 days', '外校全校',
                       (SELECT min(u.id) FROM iam.app_user u WHERE u.school_id = a.school_id), '外校'
                FROM assets.asset a WHERE a.id = ? RETURNING id""").param(card).query(Long.class).single();
        }));
    }
}
