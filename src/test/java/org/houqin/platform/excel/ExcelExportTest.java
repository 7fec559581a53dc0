package org.houqin.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.houqin.platform.imports.RowProblem;
import org.junit.jupiter.api.Test;

class ExcelExportTest {

    record Row(String name, BigDecimal area) {
    }

    @Test
    void writesFormulaLikeTextAsTextAndNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.write(out, "房间", List.of(new ExcelColumn<Row>("名称", Row::name), new ExcelColumn<>("面积", Row::area)),
                List.of(new Row("=HYPERLINK(\"http://x\")", new BigDecimal("64.50")), new Row("@SUM(A1)", null),
                        new Row("初一(1)班教室", BigDecimal.ONE)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("房间");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(64.5);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("初一(1)班教室");
        }
    }

    @Test
    void aStreamedSheetIsWrittenWhenEveryRowIsInAndNotAfterAFailure() throws Exception {
        List<ExcelColumn<Row>> columns = List.of(new ExcelColumn<>("名称", Row::name), new ExcelColumn<>("面积", Row::area));
        ByteArrayOutputStream abandoned = new ByteArrayOutputStream();
        assertThatThrownBy(() -> ExcelExport.stream(abandoned, "房间", columns, each -> {
            each.accept(new Row("A-101", BigDecimal.TEN));
            throw new IllegalStateException("the database went away");
        })).hasMessage("the database went away");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.stream(out, "房间", columns, each -> {
            for (int i = 1; i <= 250; i++) { // more than the 100 rows kept in memory
                each.accept(new Row("房间" + i, BigDecimal.valueOf(i)));
            }
        });

        assertThat(abandoned.size()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("房间");
            assertThat(sheet.getLastRowNum()).isEqualTo(250);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("房间1");
            assertThat(sheet.getRow(250).getCell(1).getNumericCellValue()).isEqualTo(250.0);
        }
    }

    @Test
    void readsRowsAndReportsFormulaCellsAsProblems() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("工号");
            header.createCell(1).setCellValue("姓名");
            var first = sheet.createRow(1);
            first.createCell(0).setCellValue("T1");
            first.createCell(1).setCellValue("王小明");
            var second = sheet.createRow(2);
            second.createCell(0).setCellFormula("1+1");
            second.createCell(1).setCellValue("李四");
            workbook.write(out);
        }
        List<ExcelImport.ImportRow> rows = ExcelImport.read(new ByteArrayInputStream(out.toByteArray()), List.of("工号", "姓名"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("姓名")).isEqualTo("王小明");
        assertThat(rows.get(0).number()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rows.get(1).get("工号"))
                .isInstanceOf(RowProblem.class).hasMessage("import.error.formula");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.template(out, "x", List.of("姓名"), List.of("王小明"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ExcelImport.read(new ByteArrayInputStream(out.toByteArray()), List.of("工号", "姓名")))
                .hasMessage("import.error.missingColumn");
    }

    @Test
    void refusesSomethingThatIsNotAWorkbook() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ExcelImport.read(new ByteArrayInputStream("<html>".getBytes()), List.of("工号")))
                .hasMessage("import.error.unreadable");
    }
}
