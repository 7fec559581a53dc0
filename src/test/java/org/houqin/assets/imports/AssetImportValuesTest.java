package org.houqin.assets.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.houqin.platform.imports.ImportField;
import org.houqin.platform.imports.ImportMapping;
import org.houqin.platform.imports.ImportValues;
import org.houqin.platform.imports.RowProblem;
import org.junit.jupiter.api.Test;

/** How the cells of an imported register are read, and how its columns are matched to the card's fields. */
class AssetImportValuesTest {

    @Test
    void readsTheDatesAnOfficeWrites() {
        LocalDate may = LocalDate.of(2020, 5, 1);
        assertThat(ImportValues.date("2020-05-01")).isEqualTo(may);
        assertThat(ImportValues.date("2020/5/1")).isEqualTo(may);
        assertThat(ImportValues.date("2020.5.1")).isEqualTo(may);
        assertThat(ImportValues.date("2020年5月1日")).isEqualTo(may);
        assertThat(ImportValues.date(" 2020-5-1 ")).isEqualTo(may);
    }

    @Test
    void refusesAnyOtherDate() {
        for (String text : List.of("2020-02-30", "2020/5-1", "20200501", "5/1/2020", "2020年13月", "去年五月", "4395",
                "2020-05-01 08:00")) {
            assertThatThrownBy(() -> ImportValues.date(text)).as(text).isInstanceOf(RowProblem.class)
                    .extracting("messageKey").isEqualTo("import.error.date");
        }
    }

    @Test
    void readsMoneyToTheFen() {
        assertThat(ImportValues.money("4,500")).isEqualByComparingTo("4500.00");
        assertThat(ImportValues.money("¥1,234.5")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(ImportValues.money("0")).isEqualTo(new BigDecimal("0.00"));
        assertThat(ImportValues.money("12.300")).isEqualTo(new BigDecimal("12.30"));
        assertThat(problem(() -> ImportValues.money("-5"))).isEqualTo("import.error.negative");
        assertThat(problem(() -> ImportValues.money("12.345"))).isEqualTo("import.error.decimals");
        assertThat(problem(() -> ImportValues.money("约五百"))).isEqualTo("import.error.number");
        assertThat(problem(() -> ImportValues.money("1000000000000"))).isEqualTo("import.error.tooLarge");
    }

    @Test
    void quantitiesArePositiveWholeNumbers() {
        assertThat(ImportValues.whole("40", 1000)).isEqualTo(40);
        assertThat(ImportValues.whole("3.0", 1000)).isEqualTo(3);
        assertThat(problem(() -> ImportValues.whole("两", 1000))).isEqualTo("import.error.number");
        for (String text : List.of("0", "-1", "2.5", "1001")) {
            assertThat(problem(() -> ImportValues.whole(text, 1000))).as(text).isEqualTo("import.error.whole");
        }
    }

    @Test
    void aTotalGivesTheUnitValueOnlyWhenItDividesExactly() {
        assertThat(AssetImportParser.unitOf(new BigDecimal("14000.00"), 40)).isEqualTo(new BigDecimal("350.00"));
        assertThat(problem(() -> AssetImportParser.unitOf(new BigDecimal("100.00"), 3)))
                .isEqualTo("assetImport.error.notDivisible");
    }

    @Test
    void columnsAreMatchedByTheirUsualNames() {
        AssetImport register = new AssetImport(null, null, null, null, null);
        ImportMapping guess = ImportMapping.guess(List.of("序号", "名称", "型号", "入账日期", "单位价格",
                "金额（元）", "位置", "部门", "使用人", "资产分类 *"), AssetImportFields.ALL, field -> "");
        assertThat(guess.headers()).containsAllEntriesOf(Map.of(AssetImportFields.NAME, "名称",
                AssetImportFields.MODEL, "型号", AssetImportFields.PURCHASED_ON, "入账日期",
                AssetImportFields.UNIT_VALUE, "单位价格", AssetImportFields.VALUE, "金额（元）", AssetImportFields.ROOM, "位置",
                AssetImportFields.DEPARTMENT, "部门", AssetImportFields.CUSTODIAN, "使用人",
                AssetImportFields.CATEGORY, "资产分类 *"));
        assertThat(guess.has(AssetImportFields.NUMBER)).isFalse();
        assertThat(register.missing(guess)).isEmpty();
        assertThat(register.missing(ImportMapping.guess(List.of("名称"), AssetImportFields.ALL, field -> ""))
                .stream().map(ImportField::key))
                .containsExactly(AssetImportFields.CATEGORY, AssetImportFields.PURCHASED_ON, AssetImportFields.UNIT_VALUE);
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
