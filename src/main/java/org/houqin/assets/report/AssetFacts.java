package org.houqin.assets.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.houqin.assets.AssetsPermissions;
import org.houqin.assets.compensation.AssetCompensations;
import org.houqin.platform.facts.Amount;
import org.houqin.platform.facts.Fact;
import org.houqin.platform.facts.FactSource;
import org.houqin.platform.facts.Period;
import org.houqin.platform.facts.Units;
import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The register over a period: assets bought (新增), disposed of (处置) and held at the end, in items and original
 * value, within the reader's data scope as the reports are; and the damage compensation charged and paid. One
 * aggregate query on the cards and the compensation summary's own.
 */
@Component
class AssetFacts implements FactSource {

    private final AssetReportQueries queries;
    private final AssetCompensations compensations;

    AssetFacts(AssetReportQueries queries, AssetCompensations compensations) {
        this.queries = queries;
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
        AssetReportQueries.Figures figures = queries.figures(schoolId, period, reader);
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

    private static Fact fact(String key, Amount value, String link) {
        return Fact.of(key, value, link, AssetsPermissions.REPORT_READ);
    }
}
