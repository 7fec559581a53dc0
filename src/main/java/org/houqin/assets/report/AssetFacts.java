package org.houqin.assets.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.houqin.assets.AssetsPermissions;
import org.houqin.assets.compensation.AssetCompensations;
import org.houqin.platform.db.Rows;
import org.houqin.platform.facts.Amount;
import org.houqin.platform.facts.Fact;
import org.houqin.platform.facts.FactSource;
import org.houqin.platform.facts.Period;
import org.houqin.platform.facts.Units;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register over a period: assets bought (新增), disposed of (处置) and held at the end, in items and original
 * value, within the reader's data scope as the reports are; and the damage compensation charged and paid. One
 * aggregate query on the cards and the compensation summary's own.
 */
@Component
class AssetFacts implements FactSource {

    /** The cards' figures of the period, items and original value (quantity × unit value). */
    record Figures(long addedItems, BigDecimal addedValue, long disposedItems, BigDecimal disposedValue,
                   long heldItems, BigDecimal heldValue) {
    }

    private final JdbcClient jdbc;
    private final AssetCompensations compensations;

    AssetFacts(JdbcClient jdbc, AssetCompensations compensations) {
        this.jdbc = jdbc;
        this.compensations = compensations;
    }

    @Override
    public String module() {
        return "assets";
    }

    @Override
    public int order() {
        return 220;
    }

    @Override
    public List<Fact> factsFor(long schoolId, Period period, CurrentUser reader) {
        if (!reader.can(AssetsPermissions.REPORT_READ)) {
            return List.of();
        }
        Figures figures = figures(schoolId, period, reader);
        List<AssetCompensations.ClassSummary> cases = compensations.byClass(schoolId, period.from(), period.to());
        String reports = "/assets/reports";
        String held = "/assets/reports/depreciation?month=" + YearMonth.from(period.to());
        String compensation = "/assets/compensations/classes?" + period.query();
        return List.of(
                fact("assets.added.items", Amount.count(figures.addedItems(), Units.PIECES), reports),
                fact("assets.added.value", Amount.yuan(figures.addedValue()), reports),
                fact("assets.disposed.items", Amount.count(figures.disposedItems(), Units.PIECES), reports),
                fact("assets.disposed.value", Amount.yuan(figures.disposedValue()), reports),
                fact("assets.held.items", Amount.count(figures.heldItems(), Units.PIECES), held),
                fact("assets.held.value", Amount.yuan(figures.heldValue()), held),
                fact("assets.compensation.charged", Amount.yuan(cases.stream()
                        .map(AssetCompensations.ClassSummary::charged).reduce(BigDecimal.ZERO, BigDecimal::add)),
                        compensation),
                fact("assets.compensation.paid", Amount.yuan(cases.stream()
                        .map(AssetCompensations.ClassSummary::paid).reduce(BigDecimal.ZERO, BigDecimal::add)),
                        compensation));
    }

    /**
     * Held at the end as the depreciation schedule counts "on the books": bought by then and not disposed of by
     * then (a card disposed of later was still there).
     */
    private Figures figures(long schoolId, Period period, CurrentUser reader) {
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

    private static Fact fact(String key, Amount value, String link) {
        return Fact.of(key, value, link, AssetsPermissions.REPORT_READ);
    }
}
