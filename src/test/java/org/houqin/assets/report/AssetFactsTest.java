package org.houqin.assets.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.assets.compensation.AssetCompensations;
import org.houqin.iam.IamApi;
import org.houqin.platform.facts.Fact;
import org.houqin.platform.facts.Facts;
import org.houqin.platform.facts.Period;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.time.SchoolClock;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register's facts: what the reports count on the books, bought and disposed of, in the reader's scope. */
class AssetFactsTest extends IntegrationTest {

    @Autowired
    Facts facts;
    @Autowired
    AssetReports reports;
    @Autowired
    AssetCompensations compensations;
    @Autowired
    IamApi iam;
    @Autowired
    SchoolClock clock;

    private long school() {
        return Demo.schoolId(jdbc);
    }

    private CurrentUser director() {
        return Demo.asSystem(() -> iam.actingAs(school(), "director"));
    }

    private static BigDecimal value(List<Fact> facts, String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key))
                .value().value();
    }

    private static BigDecimal itemsOf(List<Card> cards) {
        return BigDecimal.valueOf(cards.stream().mapToLong(Card::quantity).sum());
    }

    private static BigDecimal valueOf(List<Card> cards) {
        return cards.stream().map(Card::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void heldAtTheEndIsWhatTheDepreciationScheduleHasOnTheBooksInTheReadersScope() {
        YearMonth month = clock.thisMonth().minusMonths(1);
        List<Fact> told = facts.of(school(), Period.month(month), director());
        List<Card> onBooks = reports.onBooksAt(school(), director(), month);
        assertThat(onBooks).as("the demo school has assets").isNotEmpty();
        assertThat(value(told, "assets.held.items")).isEqualByComparingTo(itemsOf(onBooks));
        assertThat(value(told, "assets.held.value")).isEqualByComparingTo(valueOf(onBooks));

        Long department = onBooks.stream().map(Card::departmentId).filter(d -> d != null).findFirst().orElseThrow();
        CurrentUser scoped = new CurrentUser(-3, "head", "部门负责人", school(), Set.of(school()), false, null, department,
                DataScope.departments(Set.of(department)), Set.of("assets:report:read"));
        List<Card> theirs = reports.onBooksAt(school(), scoped, month);
        List<Fact> toldThem = facts.of(school(), Period.month(month), scoped);
        assertThat(value(toldThem, "assets.held.value")).isEqualByComparingTo(valueOf(theirs))
                .isLessThan(value(told, "assets.held.value"));
        assertThat(value(toldThem, "assets.held.items")).isEqualByComparingTo(itemsOf(theirs));
    }

    @Test
    void anAssetBoughtInAMonthIsAddedThenAndHeldFromThen() {
        Period may = Period.month(YearMonth.of(1995, 5));
        List<Fact> before = facts.of(school(), may, director());
        register(login("director"), "统计测试旧钢琴", LocalDate.of(1995, 5, 10), 3, "1000.00");
        List<Fact> after = facts.of(school(), may, director());
        assertThat(value(after, "assets.added.items")).isEqualByComparingTo(value(before, "assets.added.items").add(
                BigDecimal.valueOf(3)));
        assertThat(value(after, "assets.added.value")).isEqualByComparingTo(value(before, "assets.added.value").add(
                new BigDecimal("3000")));
        assertThat(value(after, "assets.held.value")).isEqualByComparingTo(value(before, "assets.held.value").add(
                new BigDecimal("3000")));
        assertThat(value(facts.of(school(), may.before(), director()), "assets.held.value"))
                .as("not yet bought in April").isEqualByComparingTo(value(after, "assets.held.value")
                        .subtract(value(after, "assets.added.value")));
    }

    @Test
    void anAssetDisposedOfTodayLeavesTheBooksTodayAndTheYearStillAddsUp() {
        LocalDate today = clock.today();
        Period day = Period.of(today, today);
        List<Fact> before = facts.of(school(), day, director());
        WebUser keeper = login("storekeeper");
        long asset = register(keeper, "统计测试旧投影仪", today.minusYears(6), 1, "3600.00");
        String number = Demo.asSystem(() -> jdbc.sql("SELECT number FROM assets.asset WHERE id = ?").param(asset)
                .query(String.class).single());
        WebUser.Page requested = keeper.post("/assets/disposals", Map.of("kind", "SCRAP", "disposedOn", today.toString(),
                "reason", "灯泡老化，亮度不足", "residualValue", "0", "lines[0].assetNumber", number));
        assertThat(requested.status()).as(requested.body()).isEqualTo(302);
        long disposal = Long.parseLong(requested.location().replaceAll(".*/disposals/(\\d+)$", "$1"));
        long request = Demo.count(jdbc, """
                SELECT id FROM approval.request WHERE document_type = 'CZ' AND document_id = ? AND status = 'PENDING'""",
                disposal);
        assertThat(login("director").post("/approvals/" + request + "/decide", Map.of("decision", "APPROVE",
                "comment", "同意", "version", String.valueOf(Demo.count(jdbc,
                        "SELECT version FROM approval.request WHERE id = ?", request)))).status()).isEqualTo(302);

        List<Fact> after = facts.of(school(), day, director());
        assertThat(value(after, "assets.disposed.items")).isEqualByComparingTo(value(before, "assets.disposed.items")
                .add(BigDecimal.ONE));
        assertThat(value(after, "assets.disposed.value")).isEqualByComparingTo(value(before, "assets.disposed.value")
                .add(new BigDecimal("3600")));
        assertThat(value(after, "assets.held.value")).isEqualByComparingTo(value(before, "assets.held.value"));

        Period year = Period.of(today.withDayOfYear(1), today);
        List<Fact> told = facts.of(school(), year, director());
        List<Fact> opening = facts.of(school(), Period.of(today.minusYears(1), today.withDayOfYear(1).minusDays(1)),
                director());
        for (String measure : List.of("items", "value")) {
            assertThat(value(told, "assets.held." + measure)).as("held at the end = at the start + added − disposed")
                    .isEqualByComparingTo(value(opening, "assets.held." + measure)
                            .add(value(told, "assets.added." + measure))
                            .subtract(value(told, "assets.disposed." + measure)));
        }
    }

    @Test
    void theCompensationIsTheSummaryByClassOfThePeriod() {
        Period semester = facts.currentSemester(school());
        Period wide = Period.of(semester.from().minusYears(1), semester.to());
        List<AssetCompensations.ClassSummary> rows = Demo.asSystem(() ->
                compensations.byClass(school(), wide.from(), wide.to()));
        List<Fact> told = facts.of(school(), wide, director());
        BigDecimal charged = rows.stream().map(AssetCompensations.ClassSummary::charged)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(charged).as("the demo has compensation cases").isPositive();
        assertThat(value(told, "assets.compensation.charged")).isEqualByComparingTo(charged);
        assertThat(value(told, "assets.compensation.paid")).isEqualByComparingTo(rows.stream()
                .map(AssetCompensations.ClassSummary::paid).reduce(BigDecimal.ZERO, BigDecimal::add));
        String page = login("director").get("/assets/compensations/classes?" + wide.query()).body();
        assertThat(page).contains(String.format(java.util.Locale.ROOT, "%,.2f", value(told, "assets.compensation.charged")));
    }

    private long register(WebUser user, String name, LocalDate bought, int quantity, String unitValue) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("categoryId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM assets.category WHERE code = '2010000' AND school_id = ?", school())));
        form.put("purchasedOn", bought.toString());
        form.put("quantity", String.valueOf(quantity));
        form.put("unitValue", unitValue);
        form.put("fundingSource", "FISCAL");
        WebUser.Page created = user.post("/assets", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.location().replaceAll(".*/assets/(\\d+)$", "$1"));
    }
}
