package org.houqin.assets.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.houqin.platform.excel.RowProblem;
import org.junit.jupiter.api.Test;

/** How the cells of an imported register are read, and how its columns are matched to the card's fields. */
class AssetImportValuesTest {

    @Test
    void readsTheDatesAnOfficeWrites() {
        LocalDate may = LocalDate.of(2020, 5, 1);
        assertThat(AssetImportValues.date("2020-05-01")).isEqualTo(may);
        assertThat(AssetImportValues.date("2020/5/1")).isEqualTo(may);
        assertThat(AssetImportValues.date("2020.5.1")).isEqualTo(may);
        assertThat(AssetImportValues.date("2020年5月1日")).isEqualTo(may);
        assertThat(AssetImportValues.date(" 2020-5-1 ")).isEqualTo(may);
    }

    @Test
    void refusesAnyOtherDate() {
        for (String text : List.of("2020-02-30", "2020/5-1", "20200501", "5/1/2020", "2020年5月", "去年五月", "43952",
                "2020-05-01 08:00")) {
            assertThatThrownBy(() -> AssetImportValues.date(text)).as(text).isInstanceOf(RowProblem.class)
                    .extracting("messageKey").isEqualTo("assetImport.error.date");
        }
    }

    @Test
    void readsMoneyToTheFen() {
        assertThat(AssetImportValues.money("4,500")).isEqualByComparingTo("4500.00");
        assertThat(AssetImportValues.money("¥1,234.5")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(AssetImportValues.money("0")).isEqualTo(new BigDecimal("0.00"));
        assertThat(AssetImportValues.money("12.300")).isEqualTo(new BigDecimal("12.30"));
        assertThat(problem(() -> AssetImportValues.money("-5"))).isEqualTo("assetImport.error.negative");
        assertThat(problem(() -> AssetImportValues.money("12.345"))).isEqualTo("assetImport.error.decimals");
        assertThat(problem(() -> AssetImportValues.money("约五百"))).isEqualTo("import.error.number");
        assertThat(problem(() -> AssetImportValues.money("1000000000000"))).isEqualTo("assetImport.error.tooLarge");
    }

    @Test
    void quantitiesArePositiveWholeNumbers() {
        assertThat(AssetImportValues.whole("40", 1000)).isEqualTo(40);
        assertThat(AssetImportValues.whole("3.0", 1000)).isEqualTo(3);
        assertThat(problem(() -> AssetImportValues.whole("两", 1000))).isEqualTo("import.error.number");
        for (String text : List.of("0", "-1", "2.5", "1001")) {
            assertThat(problem(() -> AssetImportValues.whole(text, 1000))).as(text).isEqualTo("assetImport.error.whole");
        }
    }

    @Test
    void aTotalGivesTheUnitValueOnlyWhenItDividesExactly() {
        assertThat(AssetImportValues.unitOf(new BigDecimal("14000.00"), 40)).isEqualTo(new BigDecimal("350.00"));
        assertThat(problem(() -> AssetImportValues.unitOf(new BigDecimal("100.00"), 3)))
                .isEqualTo("assetImport.error.notDivisible");
    }

    @Test
    void columnsAreMatchedByTheirUsualNames() {
        AssetImportMapping guess = AssetImportMapping.guess(List.of("序号", "名称", "型号", "入账日期", "单位价格",
                "金额（元）", "位置", "部门", "使用人", "资产分类 *"), field -> "");
        assertThat(guess.headers()).containsAllEntriesOf(Map.of(AssetImportField.NAME, "名称",
                AssetImportField.MODEL, "型号", AssetImportField.PURCHASED_ON, "入账日期",
                AssetImportField.UNIT_VALUE, "单位价格", AssetImportField.VALUE, "金额（元）", AssetImportField.ROOM, "位置",
                AssetImportField.DEPARTMENT, "部门", AssetImportField.CUSTODIAN, "使用人",
                AssetImportField.CATEGORY, "资产分类 *"));
        assertThat(guess.has(AssetImportField.NUMBER)).isFalse();
        assertThat(guess.missing()).isEmpty();
        assertThat(AssetImportMapping.guess(List.of("名称"), field -> "").missing())
                .containsExactly(AssetImportField.CATEGORY, AssetImportField.PURCHASED_ON, AssetImportField.UNIT_VALUE);
    }

    private static String problem(Runnable read) {
        try {
            read.run();
        } catch (RowProblem problem) {
            return problem.messageKey();
        }
        return "no problem";
    }
}
