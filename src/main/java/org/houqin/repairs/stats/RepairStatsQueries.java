package org.houqin.repairs.stats;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Where;
import org.houqin.platform.time.SchoolClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts repairs over a period, grouped by category, worker, month or room: how many, how many done, how fast the
 * office answered and finished, how many ran late, how satisfied the reporters were; and the materials used.
 */
@Component
@Transactional(readOnly = true)
class RepairStatsQueries {

    /** What the figures are grouped by; each maps to an expression written here, never taken from a request. */
    enum GroupBy {
        CATEGORY("c.name"),
        BUILDING("coalesce(b.building, '')"),
        WORKER("coalesce(r.assignee_name, r.contractor, '')"),
        MONTH("to_char(r.reported_at AT TIME ZONE :zone, 'YYYY-MM')");

        final String expression;

        GroupBy(String expression) {
            this.expression = expression;
        }

        public String messageKey() {
            return "stats.by." + name();
        }
    }

    record Line(String label, long total, long done, long overdue, BigDecimal responseHours,
                BigDecimal completionHours, BigDecimal rating) {
    }

    /**
     * A material used in the period: a catalogue item ({@code itemId}; named by {@link MaterialUse} as the catalogue
     * names it, in its category) or one typed freely ("other": no item, no category).
     */
    record MaterialTotal(Long itemId, String name, String unit, String categoryName, BigDecimal quantity,
                         long repairs) {
    }

    private final JdbcClient jdbc;

    private final SchoolClock clock;

    RepairStatsQueries(JdbcClient jdbc, SchoolClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * @param roomBuildings each room's building (places owns buildings), used when grouping by building
     */
    List<Line> lines(long schoolId, Instant from, Instant to, Long categoryId, GroupBy by, Map<Long, String> roomBuildings) {
        String buildings = by != GroupBy.BUILDING ? "" : " LEFT JOIN unnest(CAST(:rooms AS bigint[]), CAST(:buildings AS"
                + " varchar[])) AS b (room_id, building) ON b.room_id = r.room_id";
        Where where = period(schoolId, from, to, categoryId);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("zone", clock.zone().getId());
        params.put("rooms", roomBuildings.keySet().toArray(Long[]::new));
        params.put("buildings", roomBuildings.keySet().stream().map(roomBuildings::get).toArray(String[]::new));
        return jdbc.sql("SELECT CAST(" + by.expression + " AS varchar) AS label," + FIGURES + FROM + buildings
                        + where.sql() + " GROUP BY 1 ORDER BY " + (by == GroupBy.MONTH ? "1" : "2 DESC, 1"))
                .params(params).query(Rows.of(Line.class)).list();
    }

    Line total(long schoolId, Instant from, Instant to, Long categoryId) {
        Where where = period(schoolId, from, to, categoryId);
        return jdbc.sql("SELECT '' AS label," + FIGURES + FROM + where.sql()).params(where.params())
                .query(Rows.of(Line.class)).single();
    }

    /** The materials of the repairs reported in the period: one row per catalogue item, or per typed name and unit. */
    List<MaterialTotal> materials(long schoolId, Instant from, Instant to, Long categoryId) {
        Where where = period(schoolId, from, to, categoryId);
        return jdbc.sql("""
                SELECT m.item_id, min(m.name) AS name, min(m.unit) AS unit, CAST(NULL AS varchar) AS category_name,
                       sum(m.quantity) AS quantity, count(DISTINCT m.request_id) AS repairs
                FROM repairs.material m JOIN repairs.request r ON r.id = m.request_id""" + where.sql()
                        + " GROUP BY m.item_id, CASE WHEN m.item_id IS NULL THEN m.name END,"
                        + " CASE WHEN m.item_id IS NULL THEN m.unit END ORDER BY sum(m.quantity) DESC, min(m.name)")
                .params(where.params()).query(Rows.of(MaterialTotal.class)).list();
    }

    /** The repairs reported in the period, of one category when one was chosen. */
    private static Where period(long schoolId, Instant from, Instant to, Long categoryId) {
        return Where.of("r.school_id", "school", schoolId)
                .and("r.reported_at >= :from", "from", Timestamp.from(from))
                .and("r.reported_at < :to", "to", Timestamp.from(to))
                .equal("r.category_id", categoryId);
    }

    private static final String FIGURES = """
             count(*) AS total,
             count(*) FILTER (WHERE r.status = 'DONE') AS done,
             count(*) FILTER (WHERE coalesce(r.finished_at, CASE WHEN r.status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS',
                 'ON_HOLD', 'OUTSOURCED', 'ESCALATED') THEN now() END) > r.due_at) AS overdue,
             round(CAST(avg(extract(epoch FROM r.first_assigned_at - r.reported_at)) / 3600 AS numeric), 1) AS response_hours,
             round(CAST(avg(extract(epoch FROM r.finished_at - r.reported_at)) / 3600 AS numeric), 1) AS completion_hours,
             round(avg(r.rating), 2) AS rating
            """;

    private static final String FROM = " FROM repairs.request r JOIN repairs.category c ON c.id = r.category_id";
}
