package org.houqin.bench;

import org.houqin.support.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a school up to a number of repair requests in mixed states over the past year, by SQL (the benchmark
 * measures reading and creating, not loading). Numbers use their own year range so they never meet the counter.
 */
final class RepairVolumes {

    private RepairVolumes() {
    }

    static void ensure(JdbcClient jdbc, long school, int wanted) {
        long have = Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE school_id = ?", school);
        if (have >= wanted) {
            return;
        }
        Demo.asSystem(() -> jdbc.sql("""
                INSERT INTO repairs.request (school_id, number, category_id, room_id, place, description, priority, status,
                       reporter_user_id, reporter_name, reported_at, due_at, assignee_user_id, assignee_name, first_assigned_at,
                       finished_at, closed_at, rating)
                SELECT :school, 'BX-2025-' || lpad(CAST(g AS varchar), 5, '0'), c.id, r.id, r.code || ' ' || r.name,
                       (ARRAY['灯管不亮', '水龙头漏水', '门锁坏了', '插座没电', '投影仪不显示', '椅子坏了'])[1 + g % 6],
                       (ARRAY['URGENT', 'TEACHING', 'NORMAL', 'NORMAL'])[1 + g % 4],
                       (ARRAY['NEW', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_CHECK', 'DONE', 'DONE', 'DONE', 'DONE'])[1 + g % 8],
                       u.id, u.display_name, now() - make_interval(hours => CAST(g * 4 AS int)), now() - make_interval(hours => CAST(g * 4 - 48 AS int)),
                       CASE WHEN g % 8 > 0 THEN w.id END, CASE WHEN g % 8 > 0 THEN w.display_name END,
                       CASE WHEN g % 8 > 0 THEN now() - make_interval(hours => CAST(g * 4 - 1 AS int)) END,
                       CASE WHEN g % 8 > 2 THEN now() - make_interval(hours => CAST(g * 4 - 5 AS int)) END,
                       CASE WHEN g % 8 > 3 THEN now() - make_interval(hours => CAST(g * 4 - 20 AS int)) END,
                       CASE WHEN g % 8 > 3 THEN 3 + g % 3 END
                FROM generate_series(1, :count) AS g
                CROSS JOIN LATERAL (SELECT id FROM repairs.category WHERE school_id = :school ORDER BY id
                                    OFFSET g % 10 LIMIT 1) c
                CROSS JOIN LATERAL (SELECT id, code, name FROM places.room WHERE school_id = :school ORDER BY id
                                    OFFSET g % 150 LIMIT 1) r
                CROSS JOIN (SELECT id, display_name FROM iam.app_user WHERE username = 'teacher') u
                CROSS JOIN (SELECT id, display_name FROM iam.app_user WHERE username = 'worker') w""")
                .param("school", school).param("count", wanted - have).update());
    }
}
