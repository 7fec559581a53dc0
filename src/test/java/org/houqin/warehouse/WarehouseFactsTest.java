package org.houqin.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.facts.Fact;
import org.houqin.platform.facts.Facts;
import org.houqin.platform.facts.Period;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.warehouse.report.StockReportQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The warehouse's facts are its reports' figures: consumption by department, goods in, requisitions, textbooks. */
class WarehouseFactsTest extends IntegrationTest {

    @Autowired
    Facts facts;
    @Autowired
    StockReportQueries reports;
    @Autowired
    OrganizationApi organization;
    @Autowired
    IamApi iam;
    @Autowired
    SchoolClock clock;

    private long school() {
        return Demo.schoolId(jdbc);
    }

    private List<Fact> told(Period period) {
        CurrentUser director = Demo.asSystem(() -> iam.actingAs(school(), "director"));
        return facts.of(school(), period, director);
    }

    private static Fact fact(List<Fact> facts, String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static BigDecimal value(List<Fact> facts, String key) {
        return fact(facts, key).value().value();
    }

    private long id(String sql, Object... params) {
        return Demo.count(jdbc, sql, params);
    }

    /** The semester with the days before it, when the classes came for their books. */
    private Period termWithRegistration() {
        Period semester = facts.currentSemester(school());
        return Period.of(semester.from().minusDays(30), semester.to());
    }

    @Test
    void theIssuesAreTheConsumptionReportByDepartmentAndTheTextbooksItsDistributionRow() {
        Period period = termWithRegistration();
        List<StockReportQueries.ConsumptionRow> rows = SystemWork.call(() -> reports.consumption(school(),
                new StockReportQueries.Filter(period.from(), period.to(), null, null, null), StockReportQueries.GroupBy.DEPARTMENT));
        List<Fact> told = told(period);
        Fact issues = fact(told, "warehouse.issues.value");
        assertThat(issues.value().value()).isPositive().isEqualByComparingTo(rows.stream()
                .map(StockReportQueries.ConsumptionRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(issues.breakdown()).hasSameSizeAs(rows);
        Map<Long, String> departments = organization.departmentNames(school());
        for (int i = 0; i < rows.size(); i++) {
            StockReportQueries.ConsumptionRow row = rows.get(i);
            Fact.Part part = issues.breakdown().get(i);
            assertThat(part.value().value()).isEqualByComparingTo(row.amount());
            if (row.departmentId() != null) {
                assertThat(part.label().text()).isEqualTo(departments.get(row.departmentId()));
            } else {
                assertThat(part.label().key()).isEqualTo("report.consumption.document." + row.documentType());
            }
        }
        BigDecimal distributed = rows.stream().filter(r -> "FF".equals(r.documentType()))
                .map(StockReportQueries.ConsumptionRow::amount).findFirst().orElseThrow();
        assertThat(value(told, "warehouse.textbooks.value")).isPositive().isEqualByComparingTo(distributed);
        assertThat(fact(told, "warehouse.textbooks.classes").value().count()).as("classes that signed for books")
                .isEqualTo(id("""
                        SELECT count(*) FROM warehouse.distribution_class c JOIN warehouse.distribution d
                          ON d.id = c.distribution_id
                        WHERE c.school_id = ? AND c.status <> 'PENDING' AND d.started_at >= ?""",
                        school(), java.sql.Timestamp.from(period.start(clock))));
    }

    @Test
    void goodsReceivedCountByTheirSourceAndAReversedLineNoLonger() {
        LocalDate today = clock.today();
        Period day = Period.of(today, today);
        BigDecimal before = value(told(day), "warehouse.receipts.value");
        BigDecimal donatedBefore = donated(told(day));
        BigDecimal inBefore = receivedInOut(day);

        WebUser storekeeper = login("storekeeper");
        long item = id("SELECT id FROM warehouse.item WHERE code = 'DJ-002' AND school_id = ?", school());
        long store = id("SELECT id FROM warehouse.store WHERE code = 'PRINT' AND school_id = ?", school());
        Map<String, String> form = new HashMap<>(Map.of("storeId", String.valueOf(store), "receivedOn",
                today.toString(), "supplier", "家长委员会", "source", "DONATION", "lines[0].itemId", String.valueOf(item),
                "lines[0].quantity", "4", "lines[0].unitPrice", "12.50"));
        assertThat(storekeeper.post("/warehouse/receipts", form).status()).isEqualTo(302);
        List<Fact> after = told(day);
        assertThat(value(after, "warehouse.receipts.value")).isEqualByComparingTo(before.add(new BigDecimal("50")));
        assertThat(donated(after)).isEqualByComparingTo(donatedBefore.add(new BigDecimal("50")));
        assertThat(receivedInOut(day)).as("出入库汇总, the fact's page, moved as much")
                .isEqualByComparingTo(inBefore.add(new BigDecimal("50")));

        long movement = id("""
                SELECT max(id) FROM warehouse.movement WHERE item_id = ? AND kind = 'RECEIPT' AND document_type = 'RK'
                  AND note = '家长委员会'""", item);
        assertThat(storekeeper.post("/warehouse/stock/" + item + "/" + store + "/reverse/" + movement,
                Map.of("reason", "重复登记")).status()).isEqualTo(302);
        assertThat(value(told(day), "warehouse.receipts.value")).isEqualByComparingTo(before);
        assertThat(receivedInOut(day)).isEqualByComparingTo(inBefore);
    }

    @Test
    void aRequisitionApprovedAndHandedOutTodayCountsTodayAndItsIssueInTheConsumption() {
        LocalDate today = clock.today();
        Period day = Period.of(today, today);
        List<Fact> before = told(day);
        WebUser teacher = login("teacher");
        Map<String, String> form = new HashMap<>(Map.of("purpose", "统计测试领用", "submissionKey",
                UUID.randomUUID().toString(), "storeId", String.valueOf(id(
                        "SELECT id FROM warehouse.store WHERE code = 'PRINT' AND school_id = ?", school())),
                "lines[0].itemId", String.valueOf(id("SELECT id FROM warehouse.item WHERE code = 'BG-001' AND school_id = ?",
                        school())), "lines[0].quantity", "1"));
        WebUser.Page created = teacher.post("/warehouse/requisitions", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long requisition = Long.parseLong(created.location().replaceAll(".*/warehouse/requisitions/(\\d+)$", "$1"));
        long approval = id("""
                SELECT id FROM approval.request WHERE document_type = 'RQ' AND document_id = ? AND status = 'PENDING'""",
                requisition);
        assertThat(login("leader").post("/approvals/" + approval + "/decide", Map.of("decision", "APPROVE",
                "version", String.valueOf(id("SELECT version FROM approval.request WHERE id = ?", approval))))
                .status()).isEqualTo(302);
        List<Fact> approved = told(day);
        assertThat(count(approved, "warehouse.requisitions.approved"))
                .isEqualTo(count(before, "warehouse.requisitions.approved") + 1);
        assertThat(count(approved, "warehouse.requisitions.issued"))
                .isEqualTo(count(before, "warehouse.requisitions.issued"));

        Map<String, String> issue = new HashMap<>(Map.of("issuedOn", today.toString(), "receiverName", "杨佳怡",
                "signature", Images.signature(), "version", String.valueOf(id(
                        "SELECT version FROM warehouse.requisition WHERE id = ?", requisition)),
                "lines[0].lineId", String.valueOf(id(
                        "SELECT id FROM warehouse.requisition_line WHERE requisition_id = ? AND position = 1", requisition)),
                "lines[0].quantity", "1"));
        assertThat(login("storekeeper").post("/warehouse/requisitions/" + requisition + "/issue", issue).status())
                .isEqualTo(302);
        List<Fact> issued = told(day);
        assertThat(count(issued, "warehouse.requisitions.issued"))
                .isEqualTo(count(before, "warehouse.requisitions.issued") + 1);
        BigDecimal cost = Demo.asSystem(() -> jdbc.sql("""
                SELECT -sum(amount) FROM warehouse.movement WHERE document_type = 'RQ' AND document_id = ?""")
                .param(requisition).query(BigDecimal.class).single());
        assertThat(value(issued, "warehouse.issues.value"))
                .isEqualByComparingTo(value(before, "warehouse.issues.value").add(cost));
    }

    private static long count(List<Fact> facts, String key) {
        return fact(facts, key).value().count();
    }

    private static BigDecimal donated(List<Fact> facts) {
        return fact(facts, "warehouse.receipts.value").breakdown().stream()
                .filter(p -> "receipt.source.DONATION".equals(p.label().key())).findFirst().orElseThrow().value().value();
    }

    /** 入库金额 of 出入库汇总 over the period. */
    private BigDecimal receivedInOut(Period period) {
        return SystemWork.call(() -> StockReportQueries.totals(reports.inOut(school(),
                new StockReportQueries.Filter(period.from(), period.to(), null, null, null))).inAmount());
    }
}
