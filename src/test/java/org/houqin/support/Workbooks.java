package org.houqin.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel files as an office would fill them in, for import tests (a cell starting with "=" becomes a formula), and the
 * text of an exported one.
 */
public final class Workbooks {

    private Workbooks() {
    }

    public static byte[] of(List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.startsWith("=")) {
                        row.createCell(c).setCellFormula(value.substring(1));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell's text of the first sheet, one line per row with tabs between cells, to look for values. */
    public static String text(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            StringBuilder text = new StringBuilder();
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : book.getSheetAt(0)) {
                for (var cell : row) {
                    text.append(formatter.formatCellValue(cell)).append('\t');
                }
                text.append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
