package org.houqin.warehouse.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse's reports, read from the ledger: 出入库汇总 (opening, in, out, closing per item and store over a
 * period) and 消耗统计 (what was consumed, by department, item, category or month, with the trend of one item).
 * A reversal counts against the movement it reverses: a reversed issue lowers the issues, not raises the receipts.
 * A filter (store, category, item) adds its condition only when it is given.
 */
@Component
@Transactional(readOnly = true)
public class StockReportQueries {

    /**
     * The documents whose issues are consumption: requisitions, repair materials, semester distribution. Books a
     * class brings back from the distribution (a receipt of the same document) lower it again.
     */
    static final String CONSUMING = "('RQ', 'BX', 'FF')";

    /** How the consumption is grouped. */
    public enum GroupBy { DEPARTMENT, ITEM, CATEGORY, MONTH }

    public record Filter(LocalDate from, LocalDate to, Long storeId, Long categoryId, Long itemId) {
    }

    public record InOutRow(String code, String name, String specification, String unit, String storeName,
                           BigDecimal openingQuantity, BigDecimal openingAmount, BigDecimal inQuantity,
                           BigDecimal inAmount, BigDecimal outQuantity, BigDecimal outAmount,
                           BigDecimal closingQuantity, BigDecimal closingAmount) {
    }

    public record InOutTotals(BigDecimal openingAmount, BigDecimal inAmount, BigDecimal outAmount,
                              BigDecimal closingAmount) {
    }

    /**
     * One group of consumption. {@code documentType} tells a row without department apart (repairs, distribution);
     * the quantity adds up only when one item is shown.
     */
    public record ConsumptionRow(String key, Long departmentId, String documentType, String unit, BigDecimal quantity,
                                 BigDecimal amount, long documents) {
    }

    public record MonthPoint(YearMonth month, BigDecimal quantity, BigDecimal amount) {
    }

    /**
     * A period's figures the consumption report does not show: goods received by source (net of reversed lines),
     * requisitions approved and handed out, classes that got their textbooks.
     */
    public record PeriodCounts(BigDecimal purchased, BigDecimal donated, BigDecimal returned, long approved,
                               long issued, long classes) {
    }

    private final JdbcClient jdbc;

    StockReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<InOutRow> inOut(long schoolId, Filter filter) {
        Where where = Where.of("m.school_id", "school", schoolId).and("m.occurred_on <= :to", "to", filter.to())
                .equal("m.store_id", filter.storeId())
                .equal("i.category_id", filter.categoryId())
                .equal("m.item_id", filter.itemId());
        return jdbc.sql("""
                SELECT i.code, i.name, i.specification, i.unit, s.name AS store_name,
                       coalesce(sum(m.quantity) FILTER (WHERE m.occurred_on < :from), 0) AS opening_quantity,
                       coalesce(sum(m.amount) FILTER (WHERE m.occurred_on < :from), 0) AS opening_amount,
                       coalesce(sum(m.quantity) FILTER (WHERE m.occurred_on >= :from AND d.inward), 0) AS in_quantity,
                       coalesce(sum(m.amount) FILTER (WHERE m.occurred_on >= :from AND d.inward), 0) AS in_amount,
                       coalesce(-sum(m.quantity) FILTER (WHERE m.occurred_on >= :from AND NOT d.inward), 0) AS out_quantity,
                       coalesce(-sum(m.amount) FILTER (WHERE m.occurred_on >= :from AND NOT d.inward), 0) AS out_amount,
                       coalesce(sum(m.quantity), 0) AS closing_quantity,
                       coalesce(sum(m.amount), 0) AS closing_amount
                FROM warehouse.movement m
                JOIN warehouse.item i ON i.id = m.item_id
                JOIN warehouse.store s ON s.id = m.store_id
                LEFT JOIN warehouse.movement o ON o.id = m.reverses_id
                CROSS JOIN LATERAL (SELECT coalesce(o.quantity, m.quantity) > 0 AS inward) d""" + where.sql() + """

                GROUP BY i.id, i.code, i.name, i.specification, i.unit, s.id, s.name
                ORDER BY i.code, s.name""").params(where.params()).param("from", filter.from())
                .query(Rows.of(InOutRow.class)).list();
    }

    public static InOutTotals totals(List<InOutRow> rows) {
        BigDecimal opening = BigDecimal.ZERO;
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        BigDecimal closing = BigDecimal.ZERO;
        for (InOutRow row : rows) {
            opening = opening.add(row.openingAmount());
            in = in.add(row.inAmount());
            out = out.add(row.outAmount());
            closing = closing.add(row.closingAmount());
        }
        return new InOutTotals(opening, in, out, closing);
    }

    /**
     * What was consumed in the period, grouped, the biggest value first (months in order). Each document's lines are
     * summed first and the documents then counted per group (a hash aggregate, where {@code count(DISTINCT (type,
     * id))} sorted every line of the period). Grouped by department or month over the whole school, the whole months
     * come from the consumption each document had in each month ({@code warehouse.consumption_document}, kept by the
     * ledger's trigger) and only the days of a month partly in the period from the ledger; otherwise the ledger's lines
     * are read, joining the item and category tables only when the grouping or the filter needs them.
     */
    public List<ConsumptionRow> consumption(long schoolId, Filter filter, GroupBy by) {
        String order = by == GroupBy.MONTH ? "key" : "amount DESC, key";
        String perDocument = wholeSchool(filter) && (by == GroupBy.DEPARTMENT || by == GroupBy.MONTH)
                ? documentsByMonth(by) : documentLines(filter, by);
        Months months = Months.of(filter);
        return jdbc.sql("SELECT key, department_id, document_type, min(unit) AS unit, -sum(quantity) AS quantity,"
                        + " -sum(amount) AS amount, CAST(sum(documents) AS bigint) AS documents FROM (" + perDocument + ") per_document"
                        + " GROUP BY 1, 2, 3 HAVING sum(quantity) <> 0 ORDER BY " + order + " LIMIT 500")
                .params(consumed(schoolId, filter).params())
                .param("first", months.first()).param("after", months.after())
                .query(Rows.of(ConsumptionRow.class)).list();
    }

    /** Each document's consumption in the period, from its lines in the ledger. */
    private static String documentLines(Filter filter, GroupBy by) {
        String key = switch (by) {
            case DEPARTMENT -> DEPARTMENT_KEY;
            case ITEM -> "i.code || ' ' || i.name";
            case CATEGORY -> "c.name";
            case MONTH -> "to_char(m.occurred_on, 'YYYY-MM')";
        };
        boolean units = by == GroupBy.ITEM || filter.itemId() != null;
        String from = "\nFROM warehouse.movement m";
        if (units || by == GroupBy.CATEGORY || filter.categoryId() != null) {
            from += "\nJOIN warehouse.item i ON i.id = m.item_id";
        }
        if (by == GroupBy.CATEGORY) {
            from += "\nJOIN warehouse.item_category c ON c.id = i.category_id";
        }
        return "SELECT " + key + " AS key, " + (by == GroupBy.DEPARTMENT ? DEPARTMENT_COLUMNS : NO_DEPARTMENT)
                + ", " + (units ? "min(i.unit)" : "CAST(NULL AS varchar)") + " AS unit, sum(m.quantity) AS quantity,"
                + " sum(m.amount) AS amount, 1 AS documents" + from + consumed(0, filter).sql()
                + " GROUP BY 1, 2, 3, m.document_type, m.document_id";
    }

    /**
     * The consumption in the period, by group: a document whose lines all lie in one whole month of the period is its
     * row of {@code warehouse.consumption_document}, so those are summed and counted per group at once; a document
     * spanning months, and the period's first and last days outside whole months (read from the ledger), are summed
     * per document first, so that each document counts once (a period inside one month reads only the ledger).
     */
    private static String documentsByMonth(GroupBy by) {
        String columns = by == GroupBy.DEPARTMENT ? DEPARTMENT_COLUMNS : NO_DEPARTMENT;
        String monthKey = by == GroupBy.DEPARTMENT ? DEPARTMENT_KEY : "to_char(m.month, 'YYYY-MM')";
        String dayKey = by == GroupBy.DEPARTMENT ? DEPARTMENT_KEY : "to_char(m.occurred_on, 'YYYY-MM')";
        String wholeMonths = " FROM warehouse.consumption_document m WHERE m.school_id = :school AND m.month >= :first"
                + " AND m.month < :after AND m.document_type IN " + CONSUMING;
        return "SELECT " + monthKey + " AS key, " + columns + ", CAST(NULL AS varchar) AS unit,"
                + " sum(m.quantity) AS quantity, sum(m.amount) AS amount, count(*) AS documents" + wholeMonths
                + " AND NOT m.spans GROUP BY 1, 2, 3"
                + " UNION ALL SELECT key, department_id, document_type, CAST(NULL AS varchar), sum(quantity),"
                + " sum(amount), 1 FROM ("
                + "SELECT " + monthKey + " AS key, " + columns + ", m.document_type AS type, m.document_id,"
                + " m.quantity, m.amount" + wholeMonths + " AND m.spans"
                + " UNION ALL SELECT " + dayKey + ", " + columns + ", m.document_type, m.document_id, m.quantity,"
                + " m.amount FROM warehouse.movement m"
                + " WHERE m.school_id = :school AND (m.occurred_on >= :from AND m.occurred_on < :first"
                + " OR m.occurred_on >= :after AND m.occurred_on <= :to)"
                + " AND (m.kind IN ('ISSUE', 'REVERSAL') OR (m.kind = 'RECEIPT' AND m.document_type = 'FF'))"
                + " AND m.document_type IN " + CONSUMING
                + ") lines GROUP BY key, department_id, document_type, type, document_id";
    }

    private static final String DEPARTMENT_KEY = "coalesce(CAST(m.department_id AS varchar), m.document_type)";

    /** The department, or for a row without one (repairs, distribution) its document type. */
    private static final String DEPARTMENT_COLUMNS = "m.department_id AS department_id,"
            + " CASE WHEN m.department_id IS NULL THEN m.document_type END AS document_type";

    private static final String NO_DEPARTMENT = "CAST(NULL AS bigint) AS department_id,"
            + " CAST(NULL AS varchar) AS document_type";

    /**
     * The whole months of a period: from {@code first} to before {@code after}. When it holds none, both are the day
     * after it, so the days before {@code first} are the whole period.
     */
    record Months(LocalDate first, LocalDate after) {

        static Months of(Filter filter) {
            LocalDate first = filter.from().getDayOfMonth() == 1 ? filter.from()
                    : filter.from().withDayOfMonth(1).plusMonths(1);
            LocalDate after = filter.to().plusDays(1).getDayOfMonth() == 1 ? filter.to().plusDays(1)
                    : filter.to().withDayOfMonth(1);
            return first.isBefore(after) ? new Months(first, after)
                    : new Months(filter.to().plusDays(1), filter.to().plusDays(1));
        }
    }

    /** What was consumed in the period in all (the quantity adds up only for one item). */
    public MonthPoint total(long schoolId, Filter filter) {
        MonthPoint all = new MonthPoint(YearMonth.from(filter.to()), BigDecimal.ZERO, BigDecimal.ZERO);
        for (MonthPoint month : trend(schoolId, filter)) {
            all = new MonthPoint(all.month(), all.quantity().add(month.quantity()), all.amount().add(month.amount()));
        }
        return all;
    }

    /**
     * Month by month, what was consumed of the item or category (or everything) from {@code from} to {@code to}. The
     * whole months come from the monthly sums the ledger keeps (exact: its trigger adds every line), per item
     * ({@code warehouse.consumption_month}) for an item, category or store, per document for the whole school
     * ({@code warehouse.consumption_document}, fewer rows); the days of a month only partly in the period come from the
     * ledger itself.
     */
    public List<MonthPoint> trend(long schoolId, Filter filter) {
        Map<YearMonth, MonthPoint> found = new HashMap<>();
        Months whole = Months.of(filter);
        if (whole.first().isBefore(whole.after())) {
            addMonths(found, wholeMonths(schoolId, filter, whole), "m.month", monthlySums(filter));
            addMonths(found, consumed(schoolId, withDays(filter, filter.from(), whole.first().minusDays(1))),
                    "m.occurred_on", CONSUMPTION);
            addMonths(found, consumed(schoolId, withDays(filter, whole.after(), filter.to())), "m.occurred_on",
                    CONSUMPTION);
        } else {
            addMonths(found, consumed(schoolId, filter), "m.occurred_on", CONSUMPTION);
        }
        List<MonthPoint> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(YearMonth.from(filter.to()));
             month = month.plusMonths(1)) {
            months.add(found.getOrDefault(month, new MonthPoint(month, BigDecimal.ZERO, BigDecimal.ZERO)));
        }
        return months;
    }

    private void addMonths(Map<YearMonth, MonthPoint> found, Where where, String day, String from) {
        if (where == null) {
            return;
        }
        jdbc.sql("SELECT to_char(" + day + ", 'YYYY-MM') AS month, -sum(m.quantity) AS quantity,"
                        + " -sum(m.amount) AS amount" + from + where.sql() + " GROUP BY 1")
                .params(where.params())
                .query((rs, n) -> {
                    YearMonth month = YearMonth.parse(rs.getString("month"));
                    return found.merge(month, new MonthPoint(month, rs.getBigDecimal("quantity"),
                            rs.getBigDecimal("amount")), (a, b) -> new MonthPoint(month, a.quantity().add(b.quantity()),
                            a.amount().add(b.amount())));
                }).list();
    }

    private static boolean wholeSchool(Filter filter) {
        return filter.storeId() == null && filter.categoryId() == null && filter.itemId() == null;
    }

    /** The monthly sums to read: per document for the whole school, per item otherwise. */
    private static String monthlySums(Filter filter) {
        return wholeSchool(filter) ? "\nFROM warehouse.consumption_document m" : MONTHS;
    }

    /** The monthly sums of the whole months, as {@link #consumed} counts (both tables hold consuming lines only). */
    private static Where wholeMonths(long schoolId, Filter filter, Months whole) {
        return Where.of("m.school_id", "school", schoolId)
                .and("m.month >= :first", "first", whole.first())
                .and("m.month < :after", "after", whole.after())
                .and("m.document_type IN " + CONSUMING)
                .equal("m.store_id", filter.storeId())
                .equal("i.category_id", filter.categoryId())
                .equal("m.item_id", filter.itemId());
    }

    /** The filter over other days, or null when they are none. */
    private static Filter withDays(Filter filter, LocalDate from, LocalDate to) {
        return from.isAfter(to) ? null : new Filter(from, to, filter.storeId(), filter.categoryId(), filter.itemId());
    }

    /** The period's receipts by source, requisitions approved and issued, and classes handed their textbooks. */
    public PeriodCounts periodCounts(long schoolId, LocalDate from, LocalDate to, Instant start, Instant end) {
        return jdbc.sql("""
                SELECT coalesce(sum(m.amount) FILTER (WHERE r.source = 'PURCHASE'), 0) AS purchased,
                       coalesce(sum(m.amount) FILTER (WHERE r.source = 'DONATION'), 0) AS donated,
                       coalesce(sum(m.amount) FILTER (WHERE r.source = 'RETURN'), 0) AS returned,
                       (SELECT count(*) FROM warehouse.requisition q WHERE q.school_id = :school
                          AND q.approved_at >= :start AND q.approved_at < :end) AS approved,
                       (SELECT count(DISTINCT i.requisition_id) FROM warehouse.requisition_issue i
                        WHERE i.school_id = :school AND i.issued_on BETWEEN :from AND :to) AS issued,
                       (SELECT count(DISTINCT h.distribution_class_id) FROM warehouse.distribution_handover h
                        WHERE h.school_id = :school AND h.issued_on BETWEEN :from AND :to) AS classes
                FROM warehouse.movement m JOIN warehouse.receipt r ON r.id = m.document_id
                WHERE m.school_id = :school AND m.document_type = 'RK' AND m.occurred_on BETWEEN :from AND :to""")
                .params(Map.of("school", schoolId, "from", from, "to", to, "start", Timestamp.from(start),
                        "end", Timestamp.from(end)))
                .query(Rows.of(PeriodCounts.class)).single();
    }

    /** What counts as consumed in the period: issues of consuming documents net of reversals and books brought back. */
    private static Where consumed(long schoolId, Filter filter) {
        if (filter == null) {
            return null;
        }
        return Where.of("m.school_id", "school", schoolId)
                .and("m.occurred_on >= :from", "from", filter.from())
                .and("m.occurred_on <= :to", "to", filter.to())
                .and("(m.kind IN ('ISSUE', 'REVERSAL') OR (m.kind = 'RECEIPT' AND m.document_type = 'FF'))")
                .and("m.document_type IN " + CONSUMING)
                .equal("m.store_id", filter.storeId())
                .equal("i.category_id", filter.categoryId())
                .equal("m.item_id", filter.itemId());
    }

    private static final String MONTHS = """

            FROM warehouse.consumption_month m
            JOIN warehouse.item i ON i.id = m.item_id""";

    private static final String CONSUMPTION = """

            FROM warehouse.movement m
            JOIN warehouse.item i ON i.id = m.item_id
            JOIN warehouse.item_category c ON c.id = i.category_id""";
}
