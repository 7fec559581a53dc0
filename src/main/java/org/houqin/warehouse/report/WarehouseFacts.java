package org.houqin.warehouse.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.db.Rows;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What went through the warehouse in a period: goods received (入库单, net of reversed lines, by source), what the
 * departments consumed (the 消耗统计 by department), requisitions approved and handed out, and the semester's
 * textbooks. Two aggregate queries: the consumption report's own and one for the rest.
 */
@Component
class WarehouseFacts implements FactSource {

    private static final String DISTRIBUTION = "FF";

    /** The period's figures the consumption report does not show. */
    record Counts(BigDecimal purchased, BigDecimal donated, BigDecimal returned, long approved, long issued,
                  long classes) {
    }

    private final StockReports reports;
    private final OrganizationApi organization;
    private final JdbcClient jdbc;
    private final SchoolClock clock;

    WarehouseFacts(StockReports reports, OrganizationApi organization, JdbcClient jdbc, SchoolClock clock) {
        this.reports = reports;
        this.organization = organization;
        this.jdbc = jdbc;
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
        Counts counts = counts(schoolId, period);
        List<StockReports.ConsumptionRow> consumed = reports.consumption(schoolId,
                new StockReports.Filter(period.from(), period.to(), null, null, null), StockReports.GroupBy.DEPARTMENT);
        String consumption = "/warehouse/reports/consumption?" + period.query();
        BigDecimal received = counts.purchased().add(counts.donated()).add(counts.returned());
        BigDecimal textbooks = consumed.stream().filter(row -> DISTRIBUTION.equals(row.documentType()))
                .map(StockReports.ConsumptionRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("warehouse.receipts.value", Amount.yuan(received), "/warehouse/reports/in-out?" + period.query())
                .by(List.of(source(ReceiptSource.PURCHASE, counts.purchased()),
                        source(ReceiptSource.DONATION, counts.donated()),
                        source(ReceiptSource.RETURN, counts.returned()))));
        facts.add(fact("warehouse.issues.value", Amount.yuan(consumed.stream().map(StockReports.ConsumptionRow::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)), consumption).by(byDepartment(schoolId, consumed)));
        facts.add(fact("warehouse.requisitions.approved", Amount.count(counts.approved(), Units.DOCUMENTS), consumption));
        facts.add(fact("warehouse.requisitions.issued", Amount.count(counts.issued(), Units.DOCUMENTS), consumption));
        facts.add(fact("warehouse.textbooks.value", Amount.yuan(textbooks), consumption));
        facts.add(fact("warehouse.textbooks.classes", Amount.count(counts.classes(), Units.CLASSES), consumption));
        return facts;
    }

    private Counts counts(long schoolId, Period period) {
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
                .params(Map.of("school", schoolId, "from", period.from(), "to", period.to(),
                        "start", Timestamp.from(period.start(clock)), "end", Timestamp.from(period.end(clock))))
                .query(Rows.of(Counts.class)).single();
    }

    /** Each department's consumption, and the rows without one (repairs' materials, the textbooks) by document. */
    private List<Fact.Part> byDepartment(long schoolId, List<StockReports.ConsumptionRow> rows) {
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
