package org.houqin.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.houqin.platform.imports.SheetReaderTest.cells;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.houqin.platform.web.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first look at an upload: where its header is, how its columns map to the fields, and its row limit. */
class SheetPreviewTest {

    private static final List<ImportField> FIELDS = List.of(
            ImportField.required("CODE", "room.code", "房间编号", "编号"),
            ImportField.required("NAME", "room.name", "名称", "房间名称"),
            ImportField.optional("AREA", "room.area", "面积", "使用面积"),
            ImportField.optional("RESPONSIBLE", "room.responsible", "责任人", "负责人"));

    @TempDir
    Path folder;

    @Test
    void findsTheHeaderBelowATitleADateAndABlankLine() throws IOException {
        ImportPreview preview = preview(sheet -> {
            cells(sheet, 0, "某某中学房间清单");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            cells(sheet, 1, "填表日期：2024年9月1日");
            cells(sheet, 3, "序号", "房间号", "房间名称", "使用面积（㎡）");
            cells(sheet, 4, "1", "A-101", "初一(1)班教室", "64.5");
            cells(sheet, 5, "2", "A-102", "初一(2)班教室", "64.5");
        }, ImportLimits.DEFAULT);
        assertThat(preview.headerRow()).isEqualTo(4);
        assertThat(preview.headers()).containsExactly("序号", "房间号", "房间名称", "使用面积（㎡）");
        assertThat(preview.rows()).isEqualTo(2);
        assertThat(preview.sample("房间名称")).isEqualTo("初一(1)班教室");
    }

    @Test
    void readsAHeaderSpreadOverTwoRowsUnderAMergedTitleAndSkipsTheUnitsRowForTheSample() throws IOException {
        ImportPreview preview = preview(sheet -> {
            cells(sheet, 0, "某某中学房间清单");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            cells(sheet, 1, "房间", "", "负责人");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));
            cells(sheet, 2, "编号", "名称");
            cells(sheet, 3, "", "", "", "（㎡）");
            cells(sheet, 4, "A-101", "初一(1)班教室", "李秀兰");
        }, ImportLimits.DEFAULT);
        assertThat(preview.firstHeaderRow()).isEqualTo(2);
        assertThat(preview.headerRow()).isEqualTo(3);
        assertThat(preview.twoRows()).isTrue();
        assertThat(preview.headers()).containsExactly("编号", "名称", "负责人");
        assertThat(preview.sample("编号")).isEqualTo("A-101");
    }

    @Test
    void theUserMayPutTheHeaderElsewhere() throws IOException {
        Path file = folder.resolve("moved.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet();
            cells(sheet, 0, "编号", "名称");
            cells(sheet, 1, "门牌", "用途");
            cells(sheet, 2, "A-101", "教室");
            book.write(out);
        }
        SheetPreview chosen = new SheetPreview(ImportLimits.DEFAULT, row -> 0, 2, false);
        SheetReader.read(file, ImportLimits.DEFAULT, chosen);
        assertThat(chosen.preview().headers()).containsExactly("门牌", "用途");
        assertThat(chosen.preview().rows()).isEqualTo(1);
    }

    @Test
    void aTotalOrUnitsRowIsNotData() {
        assertThat(RowSkips.reason(row("小计", "", "9999"))).isEqualTo("import.skip.total");
        assertThat(RowSkips.reason(row("", "合 计", "9999"))).isEqualTo("import.skip.total");
        assertThat(RowSkips.reason(row("", "", "（件）", "（元）"))).isEqualTo("import.skip.units");
        assertThat(RowSkips.reason(row("1", "合计器", "100"))).isNull();
        assertThat(RowSkips.reason(row("1", "元", "100"))).isNull();
    }

    private static SheetRow row(String... cells) {
        return new SheetRow(5, List.of(cells), new BitSet());
    }

    @Test
    void withoutAnyKnownHeaderTheFirstRowOfSeveralCellsIsTheHeader() throws IOException {
        ImportPreview preview = preview(sheet -> {
            cells(sheet, 0, "台账");
            cells(sheet, 1, "甲", "乙");
            cells(sheet, 2, "1", "2");
        }, ImportLimits.DEFAULT);
        assertThat(preview.headerRow()).isEqualTo(2);
        assertThat(preview.rows()).isEqualTo(1);
    }

    @Test
    void columnsMapByHeaderAndSynonymWhateverTheSpacesStarsAndUnits() {
        ImportMapping guess = ImportMapping.guess(List.of("序号", " 编号 *", "名称：", "面积（㎡）", "负责人"), FIELDS, f -> "");
        assertThat(guess.headers()).isEqualTo(Map.of("CODE", " 编号 *", "NAME", "名称：", "AREA", "面积（㎡）",
                "RESPONSIBLE", "负责人"));
        ImportMapping byLabel = ImportMapping.guess(List.of("Room code", "Name"), FIELDS,
                f -> f.key().equals("CODE") ? "Room code" : f.key().equals("NAME") ? "Name" : "");
        assertThat(byLabel.headers()).containsEntry("CODE", "Room code").containsEntry("NAME", "Name");
        assertThat(ImportMapping.guess(List.of("名称"), FIELDS, f -> "").missing(FIELDS))
                .extracting(ImportField::key).containsExactly("CODE");
    }

    @Test
    void aColumnChosenTwiceOrNotInTheFileIsNoticed() {
        ImportMapping chosen = ImportMapping.chosen(Map.of("col_CODE", "编号", "col_NAME", "编号", "col_AREA", "不存在"),
                List.of("编号", "名称"), FIELDS);
        assertThat(chosen.repeated()).containsExactly("编号");
        assertThat(chosen.has("AREA")).isFalse();
    }

    @Test
    void moreDataRowsThanTheLimitBelowTheHeaderAreRefused() throws IOException {
        Consumer<Sheet> eightRows = sheet -> {
            cells(sheet, 0, "编号", "名称");
            for (int r = 1; r <= 8; r++) {
                cells(sheet, r, "R" + r, "房间" + r);
            }
        };
        assertThat(preview(eightRows, ImportLimits.DEFAULT.withRows(8)).rows()).isEqualTo(8);
        try {
            preview(eightRows, ImportLimits.DEFAULT.withRows(7));
            throw new AssertionError("eight rows were read under a limit of seven");
        } catch (RuleViolation refused) {
            assertThat(refused.messageKey()).isEqualTo("import.limit.rows");
            assertThat(refused.args()).containsExactly(7);
        }
    }

    @Test
    void theFirstRowShowsAFormulaAsAFormula() throws IOException {
        ImportPreview preview = preview(sheet -> {
            cells(sheet, 0, "编号", "面积");
            cells(sheet, 1, "A-101");
            sheet.getRow(1).createCell(1).setCellFormula("8*8");
        }, ImportLimits.DEFAULT);
        assertThat(preview.sample("面积")).isEqualTo("=8*8");
    }

    private ImportPreview preview(Consumer<Sheet> fill, ImportLimits limits) throws IOException {
        Path file = folder.resolve("sheet.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill.accept(book.createSheet());
            book.write(out);
        }
        SheetPreview preview = new SheetPreview(limits, row -> (int) FIELDS.stream()
                .filter(f -> row.cells().stream().anyMatch(c -> f.matches(c, ""))).count());
        SheetReader.read(file, limits, preview);
        return preview.preview();
    }
}
