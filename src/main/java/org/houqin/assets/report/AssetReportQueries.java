package org.houqin.assets.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.platform.db.Rows;
import org.houqin.platform.facts.Period;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports' reads: one query for the cards (only the columns the figures need) and one for the category tree; the
 * sums and the depreciation are worked out in Java, so a school of 20,000 cards is two queries, not one per card.
 * Every read keeps to the user's data scope, as the register does.
 */
@Service
class AssetReportQueries {

    private static final String COLUMNS = """
            SELECT a.category_id, a.department_id, a.room_id, a.status, a.quantity, a.unit_value,
                   a.useful_life_months, a.purchased_on, a.disposed_on, a.power_kw
            FROM assets.asset a""";

    private final JdbcClient jdbc;

    AssetReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cards on the books now (all but the disposed ones). */
    @Transactional(readOnly = true)
    public List<Card> openCards(long schoolId, CurrentUser me) {
        return cards(schoolId, me, "a.status <> 'DISPOSED'", Map.of());
    }

    /**
     * The cards on the books at the end of a month: bought by then and not yet disposed of (a card disposed of later
     * was still there).
     */
    @Transactional(readOnly = true)
    public List<Card> onBooksAt(long schoolId, CurrentUser me, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        return cards(schoolId, me, "a.purchased_on <= :end AND (a.status <> 'DISPOSED' OR a.disposed_on > :end)",
                Map.of("end", end));
    }

    @Transactional(readOnly = true)
    public CategoryTree tree(long schoolId) {
        return new CategoryTree(jdbc.sql("""
                SELECT id, code, name, parent_id, appliance FROM assets.category WHERE school_id = ? ORDER BY code""")
                .param(schoolId).query(Rows.of(CategoryTree.Node.class)).list());
    }

    private List<Card> cards(long schoolId, CurrentUser me, String condition, Map<String, Object> extra) {
        SqlCondition scope = me.dataScope().filter("a.department_id", "a.custodian_staff_id", me.staffId());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.putAll(extra);
        params.put("school", schoolId);
        return jdbc.sql(COLUMNS + " WHERE a.school_id = :school AND " + scope.sql() + " AND " + condition)
                .params(params).query(Rows.of(Card.class)).list();
    }

    /** The cards' figures of a period, items and original value (quantity × unit value). */
    record Figures(long addedItems, BigDecimal addedValue, long disposedItems, BigDecimal disposedValue,
                   long heldItems, BigDecimal heldValue) {
    }

    /**
     * Held at the end as the depreciation schedule counts "on the books": bought by then and not disposed of by
     * then (a card disposed of later was still there).
     */
    @Transactional(readOnly = true)
    public Figures figures(long schoolId, Period period, CurrentUser reader) {
        SqlCondition scope = reader.dataScope().filter("a.department_id", "a.custodian_staff_id", reader.staffId());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("school", schoolId);
        params.put("from", period.from());
        params.put("to", period.to());
        return jdbc.sql("""
                SELECT coalesce(sum(a.quantity) FILTER (WHERE a.purchased_on BETWEEN :from AND :to), 0) AS added_items,
                       coalesce(sum(a.quantity * a.unit_value) FILTER (WHERE a.purchased_on BETWEEN :from AND :to), 0)
                         AS added_value,
                       coalesce(sum(a.quantity) FILTER (WHERE a.status = 'DISPOSED'
                         AND a.disposed_on BETWEEN :from AND :to), 0) AS disposed_items,
                       coalesce(sum(a.quantity * a.unit_value) FILTER (WHERE a.status = 'DISPOSED'
                         AND a.disposed_on BETWEEN :from AND :to), 0) AS disposed_value,
                       coalesce(sum(a.quantity) FILTER (WHERE a.purchased_on <= :to
                         AND (a.status <> 'DISPOSED' OR a.disposed_on > :to)), 0) AS held_items,
                       coalesce(sum(a.quantity * a.unit_value) FILTER (WHERE a.purchased_on <= :to
                         AND (a.status <> 'DISPOSED' OR a.disposed_on > :to)), 0) AS held_value
                FROM assets.asset a WHERE a.school_id = :school AND """ + " " + scope.sql())
                .params(params).query(Rows.of(Figures.class)).single();
    }

}
