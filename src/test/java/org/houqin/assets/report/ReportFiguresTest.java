package org.houqin.assets.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.houqin.assets.AssetStatus;
import org.houqin.assets.depreciation.Depreciation.StartRule;
import org.junit.jupiter.api.Test;

/** The reports' sums worked by hand: the category levels, the summary, the depreciation schedule and the power line. */
class ReportFiguresTest {

    // 2000000 通用设备 → 2200000 电气设备 (appliance) → 2200100 空调 → 2200101 柜式空调; 2010000 计算机; 5010000 图书
    private static final CategoryTree TREE = new CategoryTree(List.of(
            new CategoryTree.Node(1, "2000000", "通用设备", null, false),
            new CategoryTree.Node(2, "2010000", "计算机设备及软件", 1L, false),
            new CategoryTree.Node(3, "2200000", "电气设备", 1L, true),
            new CategoryTree.Node(4, "2200100", "空调", 3L, false),
            new CategoryTree.Node(5, "2200101", "柜式空调", 4L, false),
            new CategoryTree.Node(6, "5000000", "图书、档案", null, false),
            new CategoryTree.Node(7, "5010000", "图书", 6L, false)));

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private static Card card(long category, int quantity, String unitValue, Integer life, LocalDate bought, String kw) {
        return new Card(category, null, null, AssetStatus.IN_USE, quantity, new BigDecimal(unitValue), life, bought,
                null, kw == null ? null : new BigDecimal(kw));
    }

    private static Group byTopCategory(Card c) {
        CategoryTree.Node top = TREE.groupAt(c.categoryId(), 0);
        return new Group(top.code(), top.label(), top.code());
    }

    @Test
    void aCategoryGroupsUnderItsTopOrSecondLevelAndInheritsTheApplianceFlag() {
        assertThat(TREE.groupAt(5, 0).code()).isEqualTo("2000000");
        assertThat(TREE.groupAt(5, 1).code()).isEqualTo("2200000");
        assertThat(TREE.groupAt(1, 1).code()).as("a top-level category stands for itself").isEqualTo("2000000");
        assertThat(TREE.under(5, "2200100")).isTrue();
        assertThat(TREE.under(3, "2200100")).isFalse();
        assertThat(TREE.appliance(5)).isTrue();
        assertThat(TREE.appliance(2)).isFalse();
    }

    @Test
    void theSummaryAddsCardsItemsOriginalAndNetValuePerGroup() {
        // a computer of 7 200 元 over 72 months, bought September 2025: September 2025..November 2026 = 15 months
        Card computer = card(2, 1, "7200", 72, LocalDate.of(2025, 9, 10), null);
        Card books = card(7, 100, "35.5", null, LocalDate.of(2020, 1, 1), null);
        RegisterSummary.Result result = RegisterSummary.of(List.of(computer, books), ReportFiguresTest::byTopCategory,
                NOVEMBER, StartRule.SAME_MONTH, "合计");
        assertThat(result.lines()).extracting(RegisterSummary.Line::label)
                .containsExactly("2000000 通用设备", "5000000 图书、档案");
        assertThat(result.lines().get(0).net()).isEqualByComparingTo("5700.00");
        assertThat(result.lines().get(1).items()).isEqualTo(100);
        assertThat(result.lines().get(1).net()).as("books keep their value").isEqualByComparingTo("3550.00");
        assertThat(result.total().cards()).isEqualTo(2);
        assertThat(result.total().items()).isEqualTo(101);
        assertThat(result.total().original()).isEqualByComparingTo("10750.00");
        assertThat(result.total().net()).isEqualByComparingTo("9250.00");
    }

    @Test
    void theScheduleChargesTheMonthAndTheYearAndKeepsNonDepreciatingAssetsApart() {
        Card computer = card(2, 1, "7200", 72, LocalDate.of(2025, 9, 10), null);
        // three air conditioners of 4 000 元 over 60 months, bought March 2026: 200 元 a month, March..November = 9
        Card conditioners = card(5, 3, "4000", 60, LocalDate.of(2026, 3, 2), "2.5");
        Card books = card(7, 100, "35.5", null, LocalDate.of(2020, 1, 1), null);
        Group none = Group.afterAll(DepreciationSchedule.NOT_DEPRECIATING, "不计提折旧的资产");
        DepreciationSchedule.Result result = DepreciationSchedule.of(List.of(computer, conditioners, books),
                ReportFiguresTest::byTopCategory, none, NOVEMBER, StartRule.SAME_MONTH, "合计");
        assertThat(result.lines()).extracting(DepreciationSchedule.Line::label)
                .containsExactly("2000000 通用设备", "不计提折旧的资产");
        DepreciationSchedule.Line equipment = result.lines().get(0);
        assertThat(equipment.cards()).isEqualTo(2);
        assertThat(equipment.charge()).isEqualByComparingTo("300.00");
        assertThat(equipment.yearCharge()).as("computer 11 × 100, conditioners 9 × 200").isEqualByComparingTo("2900.00");
        assertThat(equipment.accumulated()).as("15 × 100 + 9 × 200").isEqualByComparingTo("3300.00");
        assertThat(equipment.net()).isEqualByComparingTo("15900.00");
        DepreciationSchedule.Line other = result.lines().get(1);
        assertThat(other.depreciating()).isFalse();
        assertThat(other.charge()).isEqualByComparingTo("0");
        assertThat(other.net()).isEqualByComparingTo("3550.00");
        assertThat(result.total().original()).isEqualByComparingTo("22750.00");
        assertThat(result.total().accumulated()).isEqualByComparingTo("3300.00");
    }

    @Test
    void thePowerLineCountsAirConditionersAndEveryApplianceByItemsAndKilowatts() {
        Card conditioners = card(5, 3, "4000", 60, LocalDate.of(2026, 3, 2), "2.5");
        Card heater = card(3, 2, "300", 60, LocalDate.of(2026, 3, 2), null);
        Card computer = card(2, 4, "5000", 72, LocalDate.of(2026, 3, 2), "0.35");
        Card desk = card(2, 1, "5000", 72, LocalDate.of(2026, 3, 2), null);
        AppliancePower power = AppliancePower.of(List.of(conditioners, heater, computer, desk), TREE);
        assertThat(power.airConditioners()).isEqualTo(3);
        assertThat(power.airConditionerKw()).isEqualByComparingTo("7.5");
        assertThat(power.airConditionersWithoutKw()).isZero();
        assertThat(power.appliances()).as("3 conditioners, 2 heaters, 4 computers with a power").isEqualTo(9);
        assertThat(power.applianceKw()).isEqualByComparingTo("8.9");
        assertThat(AppliancePower.of(List.of(card(5, 2, "4000", 60, LocalDate.of(2026, 3, 2), null)), TREE)
                .airConditionersWithoutKw()).as("two air conditioners without a power").isEqualTo(2);
        assertThat(AppliancePower.kw(new BigDecimal("258.50"))).isEqualTo("258.5");
        assertThat(AppliancePower.kw(new BigDecimal("0.00"))).isEqualTo("0");
    }

    @Test
    void theYearSoFarIsWhatChargedBetweenGivesFromJanuary() {
        List<Card> cards = List.of(card(2, 1, "7200", 72, LocalDate.of(2025, 9, 10), null),
                card(2, 1, "1000", 36, LocalDate.of(2023, 6, 1), null),
                card(2, 3, "333.33", 7, LocalDate.of(2026, 2, 28), null),
                card(2, 1, "500", 12, LocalDate.of(2020, 1, 1), null),
                new Card(2, null, null, AssetStatus.DISPOSED, 1, new BigDecimal("2400"), 24, LocalDate.of(2025, 5, 5),
                        LocalDate.of(2026, 7, 20), null));
        for (StartRule rule : StartRule.values()) {
            for (YearMonth month : List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 6), NOVEMBER)) {
                DepreciationMemo memo = DepreciationMemo.withYear(month, rule);
                for (Card c : cards) {
                    assertThat(memo.of(c).thisYear()).as("%s %s %s", c, rule, month).isEqualByComparingTo(
                            org.houqin.assets.depreciation.Depreciation.chargedBetween(c.value(), c.usefulLifeMonths(),
                                    c.purchasedOn(), c.disposedOn(), YearMonth.of(month.getYear(), 1), month, rule));
                }
            }
        }
    }
}
