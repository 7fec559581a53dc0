package org.houqin.assets.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.houqin.platform.excel.ExcelImport;
import org.houqin.platform.web.RuleViolation;

/** The first look at an uploaded register: its headers, the first row's values beside them, and its size. */
final class AssetImportSheet {

    /** The non-blank headers in column order, the first data row's text under each, and the number of data rows. */
    record Preview(List<String> headers, List<String> sample, int rows) {

        String sample(String header) {
            int i = headers.indexOf(header);
            return i < 0 || i >= sample.size() ? "" : sample.get(i);
        }

        byte[] serialize() {
            return (rows + "\n" + encode(headers) + "\n" + encode(sample)).getBytes(StandardCharsets.UTF_8);
        }

        static Preview deserialize(byte[] bytes) {
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            return new Preview(decode(lines[1]), decode(lines[2]), Integer.parseInt(lines[0]));
        }

        private static String encode(List<String> values) {
            return String.join("\t", values.stream().map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)).toList());
        }

        private static List<String> decode(String line) {
            return Arrays.stream(line.split("\t", -1)).map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8)).toList();
        }
    }

    private AssetImportSheet() {
    }

    static Preview preview(byte[] workbook) {
        ZipSecureFile.setMinInflateRatio(0.01);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null || sheet.getLastRowNum() <= header.getRowNum()) {
                throw RuleViolation.of("import.error.empty");
            }
            if (sheet.getLastRowNum() - header.getRowNum() > ExcelImport.MAX_ROWS) {
                throw RuleViolation.of("import.error.tooManyRows", ExcelImport.MAX_ROWS);
            }
            DataFormatter formatter = new DataFormatter();
            Row first = sheet.getRow(header.getRowNum() + 1);
            List<String> headers = new ArrayList<>();
            List<String> sample = new ArrayList<>();
            for (Cell cell : header) {
                // as ExcelImport keys the cells, so that the mapped header finds them
                String name = formatter.formatCellValue(cell).strip();
                if (!name.isEmpty() && !headers.contains(name)) {
                    headers.add(name);
                    sample.add(first == null ? "" : sampleText(first.getCell(cell.getColumnIndex()), formatter));
                }
            }
            if (headers.isEmpty()) {
                throw RuleViolation.of("import.error.empty");
            }
            return new Preview(headers, sample, sheet.getLastRowNum() - header.getRowNum());
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation violation) {
                throw violation;
            }
            throw RuleViolation.of("import.error.unreadable");
        }
    }

    private static String sampleText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return "=" + clean(cell.getCellFormula());
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        String text = clean(formatter.formatCellValue(cell));
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
