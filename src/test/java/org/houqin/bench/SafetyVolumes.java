package org.houqin.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Five years of safety work in the realistic school, by SQL: hazards found and closed (numbers {@code YH-1900-…},
 * which the counter never reaches) and check records filled on the demo school's checklists, spread back from now.
 */
final class SafetyVolumes {

    static final int HAZARDS = 10_000;
    static final int RECORDS = 100_000;

    private SafetyVolumes() {
    }

    /** Hazards up to {@code wanted}: those of the last 30 days in every state, older ones closed. */
    static long hazards(JdbcClient sql, long school, int wanted) {
        long have = count(sql, "SELECT count(*) FROM safety.hazard WHERE school_id = ?", school);
        if (have < wanted) {
            sql.sql("""
                    INSERT INTO safety.hazard (school_id, number, room_id, place, level, category, description, source,
                           status, reported_by, reported_by_name, reported_at, assignee_user_id, assignee_name,
                           assigned_at, due_at, measures, cost, rectified_by, rectified_by_name, rectified_at,
                           checked_by, checked_by_name, closed_at)
                    SELECT :school, 'YH-1900-' || lpad(CAST(g AS varchar), 5, '0'), r.id, r.code || ' ' || r.name,
                           (ARRAY['GENERAL', 'GENERAL', 'GENERAL', 'MAJOR'])[1 + g % 4],
                           (ARRAY['FIRE', 'ELECTRICITY', 'BUILDING', 'EQUIPMENT', 'SURROUNDINGS', 'OTHER'])[1 + g % 6],
                           (ARRAY['灭火器压力不足', '插座松动', '墙面渗水', '护栏松动', '楼梯防滑条脱落'])[1 + g % 5], NULL,
                           s.status, u.id, u.display_name, t.at,
                           CASE WHEN s.status <> 'REPORTED' THEN w.id END,
                           CASE WHEN s.status <> 'REPORTED' THEN w.display_name END,
                           CASE WHEN s.status <> 'REPORTED' THEN t.at + interval '2 hours' END,
                           CASE WHEN s.status <> 'REPORTED' THEN t.at + interval '7 days' END,
                           CASE WHEN s.status IN ('RECTIFIED', 'CLOSED') THEN '已更换或修复' END,
                           CASE WHEN s.status IN ('RECTIFIED', 'CLOSED') THEN 50 + g % 400 END,
                           CASE WHEN s.status IN ('RECTIFIED', 'CLOSED') THEN w.id END,
                           CASE WHEN s.status IN ('RECTIFIED', 'CLOSED') THEN w.display_name END,
                           CASE WHEN s.status IN ('RECTIFIED', 'CLOSED') THEN t.at + interval '2 days' END,
                           CASE WHEN s.status = 'CLOSED' THEN d.id END,
                           CASE WHEN s.status = 'CLOSED' THEN d.display_name END,
                           CASE WHEN s.status = 'CLOSED' THEN t.at + interval '3 days' END
                    FROM generate_series(1, :count) AS g
                    CROSS JOIN LATERAL (SELECT now() - make_interval(mins => CAST(g * 262.8 AS int)) AS at) t
                    CROSS JOIN LATERAL (SELECT CASE WHEN t.at > now() - interval '30 days'
                        THEN (ARRAY['REPORTED', 'RECTIFYING', 'RECTIFIED', 'CLOSED'])[1 + g % 4]
                        ELSE 'CLOSED' END AS status) s
                    CROSS JOIN LATERAL (SELECT id, code, name FROM places.room WHERE school_id = :school ORDER BY id
                                        OFFSET g % 150 LIMIT 1) r
                    CROSS JOIN (SELECT id, display_name FROM iam.app_user WHERE username = 'teacher') u
                    CROSS JOIN (SELECT id, display_name FROM iam.app_user WHERE username = 'worker') w
                    CROSS JOIN (SELECT id, display_name FROM iam.app_user WHERE username = 'vice') d""")
                    .param("school", school).param("count", wanted - have).update();
        }
        sql.sql("VACUUM ANALYZE safety.hazard").update();
        return count(sql, "SELECT count(*) FROM safety.hazard WHERE school_id = ?", school);
    }

    /** Check records up to {@code wanted} on the school's checklists, at its rooms, by its guard and canteen manager. */
    static long records(JdbcClient sql, long school, int wanted) {
        long have = count(sql, "SELECT count(*) FROM routines.record WHERE school_id = ?", school);
        if (have < wanted) {
            sql.sql("""
                    INSERT INTO routines.record (school_id, template_version_id, room_id, answers, flagged_count,
                           hazard_count, submitted_by, submitted_at)
                    SELECT :school, v.id, r.id, '{"remarks": {"value": "正常", "attachments": []}}'::jsonb,
                           CASE WHEN g % 20 = 0 THEN 1 ELSE 0 END, CASE WHEN g % 40 = 0 THEN 1 ELSE 0 END, u.id,
                           now() - make_interval(mins => CAST(g * 26.28 AS int))
                    FROM generate_series(1, :count) AS g
                    CROSS JOIN LATERAL (SELECT id FROM routines.template_version WHERE school_id = :school
                                        ORDER BY id OFFSET g % 4 LIMIT 1) v
                    CROSS JOIN LATERAL (SELECT id FROM places.room WHERE school_id = :school ORDER BY id
                                        OFFSET g % 150 LIMIT 1) r
                    CROSS JOIN LATERAL (SELECT id FROM iam.app_user WHERE username IN ('guard', 'canteen')
                                        ORDER BY id OFFSET g % 2 LIMIT 1) u""")
                    .param("school", school).param("count", wanted - have).update();
        }
        sql.sql("VACUUM ANALYZE routines.record").update();
        return count(sql, "SELECT count(*) FROM routines.record WHERE school_id = ?", school);
    }

    private static long count(JdbcClient sql, String query, long school) {
        return sql.sql(query).param(school).query(Long.class).single();
    }
}
