package org.houqin.assets.compensation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.platform.db.Listing;
import org.houqin.platform.db.Rows;
import org.houqin.platform.db.Search;
import org.houqin.platform.db.Where;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of damage compensation cases. */
@Component
class AssetCompensationStore {

    /** A new case: where it comes from, what it is about and what the rule starts from. */
    record NewCase(String number, AssetCompensations.Source source, Long repairId, String repairNumber,
                   Long stocktakeItemId, Long assetId, Long classId, Long staffId, String description,
                   CompensationRule.Basis basis, BigDecimal baseAmount, BigDecimal share, String createdByName) {
    }

    /** An assessment: who is responsible, for which asset, and the amount by the rule. */
    record Assessment(Long classId, String studentName, Long staffId, Long assetId, String description,
                      CompensationRule.Basis basis, BigDecimal baseAmount, BigDecimal share, BigDecimal amount,
                      LocalDate dueOn) {
    }

    /** How a case ended: paid (amount, day, payer, receipt) or waived (the reason). */
    record Closing(BigDecimal paidAmount, LocalDate paidOn, String payerName, String receiptNo, String note) {
    }

    private static final Search SEARCH = Search.in("p.description", "p.student_name")
            .ignoringCase("p.number", "p.repair_number");

    private final JdbcClient jdbc;

    AssetCompensationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, NewCase c, String status) {
        return jdbc.sql("""
                INSERT INTO assets.compensation (school_id, number, source, repair_id, repair_number, stocktake_item_id,
                       asset_id, class_id, staff_id, description, basis, base_amount, share, status, created_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, c.number(), c.source().name(), c.repairId(), c.repairNumber(), c.stocktakeItemId(),
                        c.assetId(), c.classId(), c.staffId(), c.description(),
                        c.basis() == null ? null : c.basis().name(), c.baseAmount(), c.share(), status,
                        c.createdByName())
                .query(Long.class).single();
    }

    boolean assess(long schoolId, long id, int version, StatusFlow.Step<CompensationStatus> step, Assessment a) {
        return jdbc.sql("""
                UPDATE assets.compensation SET class_id = ?, student_name = ?, staff_id = ?, asset_id = ?,
                       description = ?, basis = ?, base_amount = ?, share = ?, amount = ?, due_on = ?, status = ?,
                       version = version + 1
                WHERE school_id = ? AND id = ? AND status = ? AND version = ?""")
                .params(a.classId(), a.studentName(), a.staffId(), a.assetId(), a.description(), a.basis().name(),
                        a.baseAmount(), a.share(), a.amount(), a.dueOn(), step.to().name(), schoolId, id,
                        step.from().name(), version).update() == 1;
    }

    boolean close(long schoolId, long id, int version, StatusFlow.Step<CompensationStatus> step, Closing c,
                  Instant now) {
        return jdbc.sql("""
                UPDATE assets.compensation SET status = ?, paid_amount = ?, paid_on = ?, payer_name = ?, receipt_no = ?,
                       close_note = ?, closed_at = ?, version = version + 1
                WHERE school_id = ? AND id = ? AND status = ? AND version = ?""")
                .params(step.to().name(), c.paidAmount(), c.paidOn(), c.payerName(), c.receiptNo(), c.note(),
                        Timestamp.from(now), schoolId, id, step.from().name(), version).update() == 1;
    }

    /** The result a stocktake gave a listed card, if the item is this school's. */
    Optional<String> stocktakeResult(long schoolId, long itemId) {
        return jdbc.sql("SELECT coalesce(result, '') FROM assets.stocktake_item WHERE school_id = ? AND id = ?")
                .params(schoolId, itemId).query(String.class).optional();
    }

    long assetOfStocktakeItem(long itemId) {
        return jdbc.sql("SELECT asset_id FROM assets.stocktake_item WHERE id = ?").param(itemId).query(Long.class)
                .single();
    }

    PageResult<AssetCompensations.Row> page(long schoolId, ListQuery query, CompensationStatus status, Long classId) {
        return Listing.of(jdbc, COLUMNS, FROM).countFrom("assets.compensation p")
                .where(Where.of("p.school_id", "school", schoolId).equal("p.status", status)
                        .equal("p.class_id", classId).search(query, SEARCH))
                .orderBy("p.created_at DESC, p.id DESC").page(query, AssetCompensations.Row.class);
    }

    Optional<AssetCompensations.Row> find(long schoolId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE p.school_id = ? AND p.id = ?")
                .params(schoolId, id).query(Rows.of(AssetCompensations.Row.class)).optional();
    }

    /** Cases opened in [from, to), by class (staff cases under no class). */
    List<AssetCompensations.ClassSummary> byClass(long schoolId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT class_id, count(*) AS cases,
                       coalesce(sum(amount) FILTER (WHERE status IN ('DUE', 'PAID')), 0) AS charged,
                       coalesce(sum(paid_amount) FILTER (WHERE status = 'PAID'), 0) AS paid,
                       coalesce(sum(amount) FILTER (WHERE status = 'DUE'), 0) AS outstanding,
                       count(*) FILTER (WHERE status IN ('PENDING', 'DUE')) AS open
                FROM assets.compensation
                WHERE school_id = ? AND created_at >= ? AND created_at < ?
                GROUP BY class_id ORDER BY class_id NULLS LAST""")
                .params(schoolId, Timestamp.from(from), Timestamp.from(to))
                .query(Rows.of(AssetCompensations.ClassSummary.class)).list();
    }

    Map<Long, Long> casesOfStocktakeItems(long schoolId, List<Long> itemIds) {
        Map<Long, Long> cases = new HashMap<>();
        jdbc.sql("SELECT stocktake_item_id, id FROM assets.compensation WHERE school_id = ? AND stocktake_item_id = ANY(?)")
                .params(schoolId, itemIds.toArray(Long[]::new))
                .query((rs, n) -> cases.put(rs.getLong(1), rs.getLong(2))).list();
        return cases;
    }

    private static final String COLUMNS = """
            p.id, p.number, p.source, p.repair_id, p.repair_number, p.stocktake_item_id, p.asset_id,
                   a.number AS asset_number, a.name AS asset_name, p.class_id, p.student_name, p.staff_id,
                   p.description, p.basis, p.base_amount, p.share, p.amount, p.due_on, p.status, p.paid_amount,
                   p.paid_on, p.payer_name, p.receipt_no, p.close_note, p.created_by_name, p.created_at, p.closed_at,
                   p.version""";

    private static final String FROM = "assets.compensation p LEFT JOIN assets.asset a ON a.id = p.asset_id";
}
