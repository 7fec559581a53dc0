package org.houqin.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.houqin.platform.web.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit's reader: rows as text, formulas never evaluated, dates as text, and every limit refused while reading. */
class SheetReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsRowsAsTextWithTheirExcelNumbersAndSkipsBlankRows() throws IOException {
        Path file = workbook(sheet -> {
            cells(sheet, 0, "编号", "名称", "面积");
            cells(sheet, 1, "A-101", "教室", "64.5");
            cells(sheet, 3, "A-102", "办公室", "");
        });
        List<SheetRow> rows = read(file, ImportLimits.DEFAULT);
        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 4);
        assertThat(rows.get(1).cells()).containsExactly("A-101", "教室", "64.5");
        assertThat(rows.get(2).cell(2)).isEmpty();
    }

    @Test
    void aFormulaCellIsMarkedAndItsCachedValueNeverRead() throws IOException {
        Path file = workbook(sheet -> {
            cells(sheet, 0, "单价");
            var cell = sheet.createRow(1).createCell(0);
            cell.setCellFormula("1000*2");
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        });
        SheetRow row = read(file, ImportLimits.DEFAULT).get(1);
        assertThat(row.formula(0)).isTrue();
        assertThat(row.cell(0)).isEqualTo("1000*2").isNotEqualTo("2000");
    }

    @Test
    void aDateCellReadsAsAnIsoDateWhateverItsDisplayFormat() throws IOException {
        Path file = workbook(sheet -> {
            Workbook book = sheet.getWorkbook();
            var chinese = book.createCellStyle();
            chinese.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            var american = book.createCellStyle();
            american.setDataFormat((short) 14);
            var row = sheet.createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2020, 5, 1));
            row.getCell(0).setCellStyle(chinese);
            row.createCell(1).setCellValue(LocalDate.of(2023, 9, 1));
            row.getCell(1).setCellStyle(american);
            row.createCell(2).setCellValue(13800001234d);
        });
        assertThat(read(file, ImportLimits.DEFAULT).get(0).cells()).containsExactly("2020-05-01", "2023-09-01",
                "13800001234");
    }

    @Test
    void aWorkbookCountingFrom1904ReadsItsDatesRight() throws IOException {
        Path file = workbook(sheet -> {
            var workbook = ((XSSFWorkbook) sheet.getWorkbook()).getCTWorkbook();
            (workbook.isSetWorkbookPr() ? workbook.getWorkbookPr() : workbook.addNewWorkbookPr()).setDate1904(true);
            var style = sheet.getWorkbook().createCellStyle();
            style.setDataFormat((short) 14);
            var cell = sheet.createRow(0).createCell(0);
            cell.setCellValue(LocalDate.of(2020, 5, 1));
            cell.setCellStyle(style);
        });
        assertThat(read(file, ImportLimits.DEFAULT).get(0).cell(0)).isEqualTo("2020-05-01");
    }

    @Test
    void moreRowsThanTheLimitAreRefusedInTheFirstPass() throws IOException {
        Path file = workbook(sheet -> {
            for (int r = 0; r < 30; r++) {
                cells(sheet, r, "行" + r);
            }
        });
        assertThat(refusal(file, ImportLimits.DEFAULT.withRows(5))).isEqualTo("import.limit.rows");
    }

    @Test
    void aValueBeyondTheLastColumnAllowedIsRefusedWithItsCell() throws IOException {
        Path file = workbook(sheet -> sheet.createRow(0).createCell(100).setCellValue("远处的备注"));
        RuleViolation refused = refused(file, ImportLimits.DEFAULT);
        assertThat(refused.messageKey()).isEqualTo("import.limit.columns");
        assertThat(refused.args()).containsExactly(100, "CW1");
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedWhetherSharedOrInline() throws IOException {
        String longText = "很".repeat(2_001);
        Path shared = workbook(sheet -> cells(sheet, 2, "短", longText));
        RuleViolation refused = refused(shared, ImportLimits.DEFAULT);
        assertThat(refused.messageKey()).isEqualTo("import.limit.cell");
        assertThat(refused.args()).containsExactly("B3", 2_000);
        Path inline = streamed(sheet -> cells(sheet, 0, longText));
        assertThat(refused(inline, ImportLimits.DEFAULT).args()).containsExactly("A1", 2_000);
        assertThat(read(workbook(sheet -> cells(sheet, 0, "很".repeat(2_000))), ImportLimits.DEFAULT)).hasSize(1);
    }

    @Test
    void moreDifferentTextsThanTheRowsAllowIsRefusedBeforeTheyFillTheHeap() throws IOException {
        Path file = workbook(sheet -> {
            for (int r = 0; r < 4; r++) {
                List<String> texts = new ArrayList<>();
                for (int c = 0; c < 20; c++) {
                    texts.add("文字" + r + "-" + c);
                }
                cells(sheet, r, texts.toArray(String[]::new));
            }
        });
        assertThat(refusal(file, ImportLimits.DEFAULT.withRows(2))).isEqualTo("import.limit.text");
    }

    @Test
    void aFileThatUnzipsBeyondTheLimitIsRefused() throws IOException {
        Path file = workbook(sheet -> cells(sheet, 0, "名称"));
        ImportLimits tiny = new ImportLimits(100, 100, 2_000, 10_000, 2_000);
        assertThat(refusal(file, tiny)).isEqualTo("import.limit.uncompressed");
    }

    @Test
    void aPartThatInflatesBeyondTheZipBombRatioIsRefused() throws IOException {
        Path file = workbook(sheet -> cells(sheet, 0, "名称"));
        Path bomb = folder.resolve("bomb.xlsx");
        try (var in = new ZipInputStream(Files.newInputStream(file));
             var out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 5; i++) {
                out.write(zeros);
            }
        }
        RuleViolation refused = refused(bomb, ImportLimits.DEFAULT);
        assertThat(refused.messageKey()).isEqualTo("import.limit.ratio");
        assertThat(refused.args()).containsExactly(100L);
    }

    @Test
    void somethingThatIsNotAWorkbookIsUnreadable() throws IOException {
        Path file = Files.writeString(folder.resolve("page.xlsx"), "<html>hello</html>");
        assertThat(refusal(file, ImportLimits.DEFAULT)).isEqualTo("import.error.unreadable");
    }

    @Test
    void whatTheRowConsumerThrowsComesOutUnchanged() throws IOException {
        Path file = workbook(sheet -> cells(sheet, 0, "名称"));
        IllegalStateException failure = new IllegalStateException("database gone");
        assertThatThrownBy(() -> SheetReader.read(file, ImportLimits.DEFAULT, row -> {
            throw failure;
        })).isSameAs(failure);
    }

    static void cells(Sheet sheet, int row, String... values) {
        var line = sheet.createRow(row);
        for (int c = 0; c < values.length; c++) {
            line.createCell(c).setCellValue(values[c]);
        }
    }

    Path workbook(Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            fill.accept(book.createSheet("数据"));
            return save(book, "book.xlsx");
        }
    }

    /** Written by the streaming writer, whose text cells are inline strings rather than shared ones. */
    Path streamed(Consumer<Sheet> fill) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(10)) {
            fill.accept(book.createSheet("数据"));
            Path file = save(book, "streamed.xlsx");
            book.dispose();
            return file;
        }
    }

    private Path save(Workbook book, String name) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }

    static List<SheetRow> read(Path file, ImportLimits limits) {
        List<SheetRow> rows = new ArrayList<>();
        SheetReader.read(file, limits, rows::add);
        return rows;
    }

    static RuleViolation refused(Path file, ImportLimits limits) {
        try {
            read(file, limits);
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("the file was read");
    }

    static String refusal(Path file, ImportLimits limits) {
        return refused(file, limits).messageKey();
    }
}
