package org.houqin.safety.hazard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 隐患统计 for a period (a semester): hazards found (duplicates aside), closed after re-inspection, the rectification
 * rate to one decimal, and the split by level and category. The work summary's sentence is made of these.
 */
@Service
@Transactional(readOnly = true)
public class HazardStatsQueries {

    /** The period's totals: found, closed, still open and overdue now. */
    public record Totals(long found, long closed, long open, long overdue) {

        /** 整改率: closed of found, in per cent to one decimal (HALF_UP); none when nothing was found. */
        public BigDecimal rate() {
            return found == 0 ? null : rate(closed, found);
        }

        static BigDecimal rate(long part, long whole) {
            return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }

    /** A share of the period's hazards: a level or a category, found and closed. */
    public record Share(String code, long found, long closed) {
    }

    private final JdbcClient jdbc;

    HazardStatsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Totals totals(long schoolId, Instant from, Instant to, Instant now) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE status <> 'DUPLICATE') AS found,
                       count(*) FILTER (WHERE status = 'CLOSED') AS closed,
                       count(*) FILTER (WHERE status IN ('REPORTED', 'RECTIFYING', 'RECTIFIED')) AS open,
                       count(*) FILTER (WHERE status = 'RECTIFYING' AND due_at < ?) AS overdue
                FROM safety.hazard WHERE school_id = ? AND reported_at >= ? AND reported_at < ?""")
                .params(Timestamp.from(now), schoolId, Timestamp.from(from), Timestamp.from(to))
                .query(Rows.of(Totals.class)).single();
    }

    public List<Share> byLevel(long schoolId, Instant from, Instant to) {
        return shares("level", schoolId, from, to);
    }

    public List<Share> byCategory(long schoolId, Instant from, Instant to) {
        return shares("category", schoolId, from, to);
    }

    private List<Share> shares(String column, long schoolId, Instant from, Instant to) {
        // column is one of two names written above, never user input
        return jdbc.sql("SELECT " + column + " AS code, count(*) AS found, "
                        + "count(*) FILTER (WHERE status = 'CLOSED') AS closed FROM safety.hazard "
                        + "WHERE school_id = ? AND reported_at >= ? AND reported_at < ? AND status <> 'DUPLICATE' "
                        + "GROUP BY " + column + " ORDER BY count(*) DESC, " + column)
                .params(schoolId, Timestamp.from(from), Timestamp.from(to)).query(Rows.of(Share.class)).list();
    }
}
