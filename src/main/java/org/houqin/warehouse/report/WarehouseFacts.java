package org.houqin.warehouse.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.facts.Amount;
import org.houqin.platform.facts.Fact;
import org.houqin.platform.facts.FactSource;
import org.houqin.platform.facts.Label;
import org.houqin.platform.facts.Period;
import org.houqin.platform.facts.Units;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.warehouse.WarehousePermissions;
import org.houqin.warehouse.receipt.ReceiptSource;
import org.springframework.stereotype.Component;

/**
 * What went through the warehouse in a period: goods received (入库单, net of reversed lines, by source), what the
 * departments consumed (the 消耗统计 by department), requisitions approved and handed out, and the semester's
 * textbooks. Two aggregate queries: the consumption report's own and one for the rest.
 */
@Component
class WarehouseFacts implements FactSource {

    private static final String DISTRIBUTION = "FF";

    private final StockReportQueries reports;
    private final OrganizationApi organization;
    private final SchoolClock clock;

    WarehouseFacts(StockReportQueries reports, OrganizationApi organization, SchoolClock clock) {
        this.reports = reports;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public String module() {
        return "warehouse";
    }

    @Override
    public int order() {
        return 190;
    }

    @Override
    public List<Fact> factsFor(long schoolId, Period period, CurrentUser reader) {
        if (!reader.can(WarehousePermissions.ITEM_READ)) {
            return List.of();
        }
        StockReportQueries.PeriodCounts counts = reports.periodCounts(schoolId, period.from(), period.to(),
                period.start(clock), period.end(clock));
        List<StockReportQueries.ConsumptionRow> consumed = reports.consumption(schoolId,
                new StockReportQueries.Filter(period.from(), period.to(), null, null, null), StockReportQueries.GroupBy.DEPARTMENT);
        String consumption = "/warehouse/reports/consumption?" + period.query();
        BigDecimal received = counts.purchased().add(counts.donated()).add(counts.returned());
        BigDecimal textbooks = consumed.stream().filter(row -> DISTRIBUTION.equals(row.documentType()))
                .map(StockReportQueries.ConsumptionRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("warehouse.receipts.value", Amount.yuan(received), "/warehouse/reports/in-out?" + period.query())
                .by(List.of(source(ReceiptSource.PURCHASE, counts.purchased()),
                        source(ReceiptSource.DONATION, counts.donated()),
                        source(ReceiptSource.RETURN, counts.returned()))));
        facts.add(fact("warehouse.issues.value", Amount.yuan(consumed.stream().map(StockReportQueries.ConsumptionRow::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)), consumption).by(byDepartment(schoolId, consumed)));
        facts.add(fact("warehouse.requisitions.approved", Amount.count(counts.approved(), Units.DOCUMENTS), consumption));
        facts.add(fact("warehouse.requisitions.issued", Amount.count(counts.issued(), Units.DOCUMENTS), consumption));
        facts.add(fact("warehouse.textbooks.value", Amount.yuan(textbooks), consumption));
        facts.add(fact("warehouse.textbooks.classes", Amount.count(counts.classes(), Units.CLASSES), consumption));
        return facts;
    }

    /** Each department's consumption, and the rows without one (repairs' materials, the textbooks) by document. */
    private List<Fact.Part> byDepartment(long schoolId, List<StockReportQueries.ConsumptionRow> rows) {
        Map<Long, String> names = organization.departmentNames(schoolId);
        return rows.stream().map(row -> new Fact.Part(row.departmentId() != null
                        ? Label.text(names.getOrDefault(row.departmentId(), row.key()))
                        : Label.key("report.consumption.document." + row.documentType()), Amount.yuan(row.amount())))
                .toList();
    }

    private static Fact.Part source(ReceiptSource source, BigDecimal amount) {
        return new Fact.Part(Label.key(source.messageKey()), Amount.yuan(amount));
    }

    private static Fact fact(String key, Amount value, String link) {
        return Fact.of(key, value, link, WarehousePermissions.ITEM_READ);
    }
}
