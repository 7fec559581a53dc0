package org.houqin.warehouse.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warehouse's reports, read from the ledger: 出入库汇总 (opening, in, out, closing per item and store over a
 * period) and 消耗统计 (what was consumed, by department, item, category or month, with the trend of one item).
 * A reversal counts against the movement it reverses: a reversed issue lowers the issues, not raises the receipts.
 */
@Service
public class StockReports {

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

    private final JdbcClient jdbc;

    StockReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<InOutRow> inOut(long schoolId, Filter filter) {
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
                CROSS JOIN LATERAL (SELECT coalesce(o.quantity, m.quantity) > 0 AS inward) d
                WHERE m.school_id = :school AND m.occurred_on <= :to
                  AND (CAST(:store AS bigint) IS NULL OR m.store_id = :store)
                  AND (CAST(:category AS bigint) IS NULL OR i.category_id = :category)
                  AND (CAST(:item AS bigint) IS NULL OR m.item_id = :item)
                GROUP BY i.id, i.code, i.name, i.specification, i.unit, s.id, s.name
                ORDER BY i.code, s.name""").params(params(schoolId, filter))
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

    /** What was consumed in the period, grouped, the biggest value first (months in order). */
    @Transactional(readOnly = true)
    public List<ConsumptionRow> consumption(long schoolId, Filter filter, GroupBy by) {
        String key = switch (by) {
            case DEPARTMENT -> "coalesce(CAST(m.department_id AS varchar), m.document_type)";
            case ITEM -> "i.code || ' ' || i.name";
            case CATEGORY -> "c.name";
            case MONTH -> "to_char(m.occurred_on, 'YYYY-MM')";
        };
        String department = by == GroupBy.DEPARTMENT ? "m.department_id" : "CAST(NULL AS bigint)";
        String documentType = by == GroupBy.DEPARTMENT
                ? "CASE WHEN m.department_id IS NULL THEN m.document_type END" : "CAST(NULL AS varchar)";
        String unit = by == GroupBy.ITEM || filter.itemId() != null ? "min(i.unit)" : "CAST(NULL AS varchar)";
        String order = by == GroupBy.MONTH ? "key" : "amount DESC, key";
        return jdbc.sql("SELECT " + key + " AS key, " + department + " AS department_id, " + documentType
                        + " AS document_type, " + unit + " AS unit, -sum(m.quantity) AS quantity, -sum(m.amount) AS amount,"
                        + " count(DISTINCT (m.document_type, m.document_id)) AS documents" + CONSUMPTION
                        + " GROUP BY 1, 2, 3 HAVING sum(m.quantity) <> 0 ORDER BY " + order + " LIMIT 500")
                .params(params(schoolId, filter)).query(Rows.of(ConsumptionRow.class)).list();
    }

    /** Month by month, what was consumed of the item or category (or everything) from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<MonthPoint> trend(long schoolId, Filter filter) {
        Map<YearMonth, MonthPoint> found = new HashMap<>();
        jdbc.sql("SELECT to_char(m.occurred_on, 'YYYY-MM') AS month, -sum(m.quantity) AS quantity,"
                        + " -sum(m.amount) AS amount" + CONSUMPTION + " GROUP BY 1")
                .params(params(schoolId, filter))
                .query((rs, n) -> found.put(YearMonth.parse(rs.getString("month")), new MonthPoint(
                        YearMonth.parse(rs.getString("month")), rs.getBigDecimal("quantity"), rs.getBigDecimal("amount"))))
                .list();
        List<MonthPoint> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(YearMonth.from(filter.to()));
             month = month.plusMonths(1)) {
            months.add(found.getOrDefault(month, new MonthPoint(month, BigDecimal.ZERO, BigDecimal.ZERO)));
        }
        return months;
    }

    private static Map<String, Object> params(long schoolId, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("store", filter.storeId());
        params.put("category", filter.categoryId());
        params.put("item", filter.itemId());
        return params;
    }

    private static final String CONSUMPTION = """

            FROM warehouse.movement m
            JOIN warehouse.item i ON i.id = m.item_id
            JOIN warehouse.item_category c ON c.id = i.category_id
            WHERE m.school_id = :school AND m.occurred_on BETWEEN :from AND :to
              AND (m.kind IN ('ISSUE', 'REVERSAL') OR (m.kind = 'RECEIPT' AND m.document_type = 'FF'))
              AND m.document_type IN""" + " " + CONSUMING + """

              AND (CAST(:store AS bigint) IS NULL OR m.store_id = :store)
              AND (CAST(:category AS bigint) IS NULL OR i.category_id = :category)
              AND (CAST(:item AS bigint) IS NULL OR m.item_id = :item)""";
}
