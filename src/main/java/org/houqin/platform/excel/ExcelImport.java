package org.houqin.platform.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.houqin.platform.web.RuleViolation;

/**
 * Reads the first sheet of an uploaded .xlsx into rows of text keyed by header. Formula cells are refused (their
 * value is not what the user sees), files over the row limit are refused, and POI's own guards against zip bombs
 * and external entities stay on.
 */
public final class ExcelImport {

    public static final int MAX_ROWS = 10_000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** One data row: its number as the user sees it in Excel, and its cells as text. */
    public record ImportRow(int number, Map<String, String> cells, java.util.Set<String> formulaColumns) {

        /** The cell's text, or {@code null} when blank. A formula cell is a problem of the row, never a value. */
        public String get(String header) {
            if (formulaColumns.contains(header)) {
                throw new RowProblem(header, "import.error.formula");
            }
            String value = cells.get(header);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private ExcelImport() {
    }

    public static List<ImportRow> read(InputStream in, List<String> requiredHeaders) {
        ZipSecureFile.setMinInflateRatio(0.01);
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw RuleViolation.of("import.error.empty");
            }
            DataFormatter formatter = new DataFormatter();
            List<String> headers = new ArrayList<>();
            for (Cell cell : headerRow) {
                while (headers.size() < cell.getColumnIndex()) {
                    headers.add("");
                }
                headers.add(formatter.formatCellValue(cell).strip());
            }
            for (String required : requiredHeaders) {
                if (!headers.contains(required)) {
                    throw RuleViolation.of("import.error.missingColumn", required);
                }
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw RuleViolation.of("import.error.tooManyRows", MAX_ROWS);
            }
            List<ImportRow> rows = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = new LinkedHashMap<>();
                java.util.Set<String> formulas = new java.util.HashSet<>();
                boolean blank = true;
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        formulas.add(headers.get(c));
                        blank = false;
                        continue;
                    }
                    String text = cellText(cell, formatter);
                    cells.put(headers.get(c), text);
                    blank &= text.isBlank();
                }
                if (!blank) {
                    rows.add(new ImportRow(r + 1, cells, formulas));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation violation) {
                throw violation;
            }
            throw RuleViolation.of("import.error.unreadable");
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
