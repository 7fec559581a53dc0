package org.houqin.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.report.StockReportQueries;
import org.houqin.warehouse.stock.StockLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 消耗统计 and 出入库汇总 add up to the ledger, count a reversal against what it reverses, and export. */
class StockReportsTest extends IntegrationTest {

    @Autowired
    StockReportQueries reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    TransactionTemplate transaction;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void theConsumptionOfTheYearIsTheIssuesOfTheLedgerByDepartment() {
        long school = Demo.schoolId(jdbc);
        LocalDate from = today().minusYears(1);
        StockReportQueries.Filter year = new StockReportQueries.Filter(from, today(), null, null, null);
        List<StockReportQueries.ConsumptionRow> byDepartment = SystemWork.call(() ->
                reports.consumption(school, year, StockReportQueries.GroupBy.DEPARTMENT));
        BigDecimal total = byDepartment.stream().map(StockReportQueries.ConsumptionRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ledgerTotal = Demo.asSystem(() -> jdbc.sql("""
                SELECT -sum(amount) FROM warehouse.movement WHERE school_id = ? AND occurred_on BETWEEN ? AND ?
                  AND document_type IN ('RQ', 'BX', 'FF')
                  AND (kind IN ('ISSUE', 'REVERSAL') OR (kind = 'RECEIPT' AND document_type = 'FF'))""")
                .params(school, from, today()).query(BigDecimal.class).single());
        assertThat(total).isEqualByComparingTo(ledgerTotal);
        assertThat(byDepartment).hasSizeGreaterThan(5);
        java.util.Map<Long, Long> documents = new java.util.HashMap<>();
        Demo.asSystem(() -> jdbc.sql("""
                SELECT department_id, count(DISTINCT (document_type, document_id)) AS documents FROM warehouse.movement
                WHERE school_id = ? AND occurred_on BETWEEN ? AND ? AND department_id IS NOT NULL
                  AND document_type IN ('RQ', 'BX', 'FF')
                  AND (kind IN ('ISSUE', 'REVERSAL') OR (kind = 'RECEIPT' AND document_type = 'FF'))
                GROUP BY 1""").params(school, from, today())
                .query((rs, n) -> documents.put(rs.getLong(1), rs.getLong(2))).list());
        assertThat(byDepartment).filteredOn(r -> r.departmentId() != null).isNotEmpty()
                .allSatisfy(r -> assertThat(r.documents()).as("documents of department " + r.departmentId())
                        .isEqualTo(documents.get(r.departmentId())));
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.movement WHERE school_id = ? AND kind = 'RECEIPT' AND document_type = 'FF'""",
                school)).as("the demo has distribution returns, which lower the consumption").isGreaterThan(0);

        WebUser director = login("director");
        String page = director.get("/warehouse/reports/consumption?from=" + from + "&to=" + today()).body();
        assertThat(page).contains("初一年级组").contains("食堂").contains("消耗统计").contains("data-chart");
        long paper = Demo.count(jdbc, "SELECT id FROM warehouse.item WHERE school_id = ? AND code = 'BG-001'", school);
        String a4 = director.get("/warehouse/reports/consumption?by=MONTH&item=" + paper).body();
        assertThat(a4).contains("A4 复印纸共领用").contains("包");
        assertThat(director.get("/warehouse/reports/consumption?by=CATEGORY&from=" + from).body()).contains("消耗统计")
                .contains("办公用品");
        assertThat(Workbooks.text(director.getBytes("/warehouse/reports/consumption/export.xlsx?by=ITEM&from=" + from)))
                .contains("A4 复印纸");
        assertThat(login("teacher").get("/warehouse/reports/consumption").status()).isEqualTo(403);
    }

    @Test
    void inAndOutAddUpToTheClosingBalanceAndAReversedIssueIsNoIssue() {
        long school = Demo.schoolId(jdbc);
        long store = Demo.count(jdbc, "SELECT id FROM warehouse.store WHERE school_id = ? AND code = 'MAIN'", school);
        long category = Demo.count(jdbc, "SELECT min(id) FROM warehouse.item_category WHERE school_id = ?", school);
        String code = "RPT-" + (System.nanoTime() % 1_000_000);
        long item = SystemWork.call(() -> transaction.execute(status -> {
            long id = catalogue.addItem(school, code, "报表测试" + code, null, "个", category, BigDecimal.ZERO, store);
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(id, store, BigDecimal.TEN,
                    new BigDecimal("2.50"), today().minusDays(40), "QC", null, null, "期初"));
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(id, store, BigDecimal.TEN,
                    new BigDecimal("2.50"), today().minusDays(5), "RK", null, null, null));
            long issue = ledger.stockOut(school, MovementKind.ISSUE, new StockLedger.Line(id, store, new BigDecimal("4"),
                    BigDecimal.ZERO, today().minusDays(3), "RQ", null, null, null));
            ledger.stockOut(school, MovementKind.ISSUE, new StockLedger.Line(id, store, new BigDecimal("3"),
                    BigDecimal.ZERO, today().minusDays(2), "RQ", null, null, null));
            ledger.reverse(school, issue, today().minusDays(1), "领错了，退回");
            return id;
        }));
        StockReportQueries.Filter month = new StockReportQueries.Filter(today().minusDays(30), today(), null, null, item);
        StockReportQueries.InOutRow row = SystemWork.call(() -> reports.inOut(school, month)).get(0);
        assertThat(row.openingQuantity()).isEqualByComparingTo("10");
        assertThat(row.inQuantity()).isEqualByComparingTo("10");
        assertThat(row.outQuantity()).as("the reversed issue lowers the issues").isEqualByComparingTo("3");
        assertThat(row.closingQuantity()).isEqualByComparingTo("17");
        assertThat(row.closingAmount()).isEqualByComparingTo("42.50");
        assertThat(SystemWork.call(() -> reports.consumption(school, month, StockReportQueries.GroupBy.ITEM)).get(0).quantity())
                .isEqualByComparingTo("3");

        WebUser storekeeper = login("storekeeper");
        assertThat(storekeeper.get("/warehouse/reports/in-out?from=" + today().minusDays(30)).body()).contains(code)
                .contains("出入库汇总");
        assertThat(Workbooks.text(storekeeper.getBytes("/warehouse/reports/in-out/export.xlsx?from=" + today().minusDays(30))))
                .contains(code);
    }

    @Test
    void theTrendOverYearsReadsTheMonthsTheLedgerKeepsAndStillAddsUpToTheLedger() {
        long school = Demo.schoolId(jdbc);
        long store = Demo.count(jdbc, "SELECT id FROM warehouse.store WHERE school_id = ? AND code = 'MAIN'", school);
        long category = Demo.count(jdbc, "SELECT min(id) FROM warehouse.item_category WHERE school_id = ?", school);
        String code = "TRD-" + (System.nanoTime() % 1_000_000);
        LocalDate lastYear = today().minusYears(1).withDayOfMonth(15);
        long item = SystemWork.call(() -> transaction.execute(status -> {
            long id = catalogue.addItem(school, code, "趋势测试" + code, null, "个", category, BigDecimal.ZERO, store);
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(id, store, BigDecimal.TEN,
                    new BigDecimal("2.00"), lastYear.minusMonths(1), "QC", null, null, "期初"));
            ledger.stockOut(school, MovementKind.ISSUE, new StockLedger.Line(id, store, new BigDecimal("4"),
                    BigDecimal.ZERO, today(), "RQ", null, null, null));
            long backDated = ledger.stockOut(school, MovementKind.ISSUE, new StockLedger.Line(id, store,
                    new BigDecimal("3"), BigDecimal.ZERO, lastYear, "RQ", null, null, null));
            ledger.reverse(school, backDated, lastYear.plusMonths(1), "领错了，退回");
            return id;
        }));

        StockReportQueries.Filter years = new StockReportQueries.Filter(today().minusYears(3).plusDays(10), today(),
                null, null, null);
        List<StockReportQueries.MonthPoint> trend = SystemWork.call(() -> reports.trend(school, years));
        List<StockReportQueries.MonthPoint> ledgerMonths = Demo.asSystem(() -> jdbc.sql("""
                SELECT to_char(occurred_on, 'YYYY-MM') AS month, -sum(quantity) AS quantity, -sum(amount) AS amount
                FROM warehouse.movement WHERE school_id = ? AND occurred_on BETWEEN ? AND ?
                  AND document_type IN ('RQ', 'BX', 'FF')
                  AND (kind IN ('ISSUE', 'REVERSAL') OR (kind = 'RECEIPT' AND document_type = 'FF'))
                GROUP BY 1 ORDER BY 1""").params(school, years.from(), years.to())
                .query((rs, n) -> new StockReportQueries.MonthPoint(YearMonth.parse(rs.getString(1)),
                        rs.getBigDecimal(2), rs.getBigDecimal(3))).list());
        assertThat(ledgerMonths).hasSizeGreaterThan(3);
        for (StockReportQueries.MonthPoint month : ledgerMonths) {
            StockReportQueries.MonthPoint shown = trend.stream().filter(p -> p.month().equals(month.month()))
                    .findFirst().orElseThrow();
            assertThat(shown.quantity()).as(month.month().toString()).isEqualByComparingTo(month.quantity());
            assertThat(shown.amount()).as(month.month().toString()).isEqualByComparingTo(month.amount());
        }
        List<StockReportQueries.MonthPoint> itemTrend = SystemWork.call(() -> reports.trend(school,
                new StockReportQueries.Filter(lastYear.withDayOfMonth(1), today(), null, null, item)));
        assertThat(itemTrend.get(0).quantity()).as("the back-dated issue").isEqualByComparingTo("3");
        assertThat(itemTrend.get(1).quantity()).as("its reversal a month later").isEqualByComparingTo("-3");
        assertThat(itemTrend.get(itemTrend.size() - 1).quantity()).isEqualByComparingTo("4");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.consumption_month c
                FULL JOIN (SELECT school_id, CAST(date_trunc('month', occurred_on) AS date) AS month, department_id,
                                  document_type, kind, item_id, store_id, count(*) AS lines, sum(quantity) AS quantity,
                                  sum(amount) AS amount
                           FROM warehouse.movement
                           WHERE kind IN ('ISSUE', 'REVERSAL') OR (kind = 'RECEIPT' AND document_type = 'FF')
                           GROUP BY 1, 2, 3, 4, 5, 6, 7) l
                  ON l.school_id = c.school_id AND l.month = c.month
                 AND coalesce(l.department_id, 0) = coalesce(c.department_id, 0) AND l.document_type = c.document_type
                 AND l.kind = c.kind AND l.item_id = c.item_id AND l.store_id = c.store_id
                WHERE coalesce(c.school_id, l.school_id) = ? AND (c.lines IS DISTINCT FROM l.lines
                  OR c.quantity IS DISTINCT FROM l.quantity OR c.amount IS DISTINCT FROM l.amount)""", school))
                .as("monthly sums that differ from their ledger lines").isZero();
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.consumption_document c
                FULL JOIN (SELECT school_id, CAST(date_trunc('month', occurred_on) AS date) AS month, document_type,
                                  document_id, department_id, count(*) AS lines, sum(quantity) AS quantity,
                                  sum(amount) AS amount
                           FROM warehouse.movement
                           WHERE kind IN ('ISSUE', 'REVERSAL') OR (kind = 'RECEIPT' AND document_type = 'FF')
                           GROUP BY 1, 2, 3, 4, 5) l
                  ON l.school_id = c.school_id AND l.month = c.month AND l.document_type = c.document_type
                 AND l.document_id IS NOT DISTINCT FROM c.document_id
                 AND l.department_id IS NOT DISTINCT FROM c.department_id
                WHERE coalesce(c.school_id, l.school_id) = ? AND (c.lines IS DISTINCT FROM l.lines
                  OR c.quantity IS DISTINCT FROM l.quantity OR c.amount IS DISTINCT FROM l.amount)""", school))
                .as("documents' monthly sums that differ from their ledger lines").isZero();
    }

    @Test
    void theMonthsOfSeveralYearsCountTheirDocumentsAsTheLedgerDoes() {
        long school = Demo.schoolId(jdbc);
        StockReportQueries.Filter years = new StockReportQueries.Filter(today().minusYears(3).withDayOfMonth(9),
                today().minusDays(1), null, null, null);
        List<StockReportQueries.ConsumptionRow> byMonth = SystemWork.call(() ->
                reports.consumption(school, years, StockReportQueries.GroupBy.MONTH));
        List<StockReportQueries.ConsumptionRow> ledgerMonths = Demo.asSystem(() -> jdbc.sql("""
                SELECT to_char(occurred_on, 'YYYY-MM') AS key, -sum(amount) AS amount,
                       count(DISTINCT (document_type, document_id)) AS documents
                FROM warehouse.movement WHERE school_id = ? AND occurred_on BETWEEN ? AND ?
                  AND document_type IN ('RQ', 'BX', 'FF')
                  AND (kind IN ('ISSUE', 'REVERSAL') OR (kind = 'RECEIPT' AND document_type = 'FF'))
                GROUP BY 1 HAVING sum(quantity) <> 0 ORDER BY 1""").params(school, years.from(), years.to())
                .query((rs, n) -> new StockReportQueries.ConsumptionRow(rs.getString(1), null, null, null, null,
                        rs.getBigDecimal(2), rs.getLong(3))).list());
        assertThat(ledgerMonths).hasSizeGreaterThan(3);
        assertThat(byMonth).extracting(StockReportQueries.ConsumptionRow::key)
                .containsExactlyElementsOf(ledgerMonths.stream().map(StockReportQueries.ConsumptionRow::key).toList());
        for (int i = 0; i < byMonth.size(); i++) {
            assertThat(byMonth.get(i).amount()).as(byMonth.get(i).key()).isEqualByComparingTo(ledgerMonths.get(i).amount());
            assertThat(byMonth.get(i).documents()).as(byMonth.get(i).key()).isEqualTo(ledgerMonths.get(i).documents());
        }
        BigDecimal shownTotal = SystemWork.call(() -> reports.total(school, years)).amount();
        assertThat(shownTotal).isEqualByComparingTo(ledgerMonths.stream().map(StockReportQueries.ConsumptionRow::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
