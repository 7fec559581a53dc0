package org.houqin.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.houqin.platform.time.SchoolClock;

/**
 * Streams rows into an .xlsx file with bounded memory (100 rows in memory at a time). Text that a spreadsheet would
 * take for a formula ({@code = + - @}, tab, carriage return) is written with a leading apostrophe-like quote so it
 * stays text.
 */
public final class ExcelExport {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExcelExport() {
    }

    public static <T> void write(OutputStream out, String sheetName, List<ExcelColumn<T>> columns, Iterable<T> rows) {
        stream(out, sheetName, columns, rows::forEach);
    }

    /**
     * The rows {@code rows} hands over one by one, e.g. as a list's query streams them ({@code Listing.forEach}):
     * {@code ExcelExport.stream(out, title, columns, each -> requests.forEach(school, me, query, filter, each))}.
     * Only the last 100 rows are kept in memory, the others in a temporary file that is removed afterwards. Nothing
     * is written to {@code out} until every row has been added, so a failure while reading them still leaves the
     * response to the error page.
     */
    public static <T> void stream(OutputStream out, String sheetName, List<ExcelColumn<T>> columns,
                                  Consumer<Consumer<T>> rows) {
        try (Writer<T> sheet = new Writer<>(out, sheetName, columns)) {
            rows.accept(sheet::add);
            sheet.finish();
        }
    }

    /** An .xlsx file being written. */
    private static final class Writer<T> implements AutoCloseable {

        private final OutputStream out;
        private final List<ExcelColumn<T>> columns;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final Sheet sheet;
        private int rowIndex = 1;

        private Writer(OutputStream out, String sheetName, List<ExcelColumn<T>> columns) {
            this.out = out;
            this.columns = columns;
            sheet = workbook.createSheet(sheetName);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, 18 * 256);
            }
        }

        void add(T item) {
            Row row = sheet.createRow(rowIndex++);
            for (int i = 0; i < columns.size(); i++) {
                setCell(row.createCell(i), columns.get(i).value().apply(item));
            }
        }

        /** Writes the whole file to the stream. */
        void finish() {
            sheet.createFreezePane(0, 1);
            try {
                workbook.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Removes the temporary file. */
        @Override
        public void close() {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An empty workbook with the import headers and one example row, for "download the template". */
    public static void template(OutputStream out, String sheetName, List<String> headers, List<String> example) {
        List<ExcelColumn<List<String>>> columns = new java.util.ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            columns.add(new ExcelColumn<>(headers.get(i), row -> index < row.size() ? row.get(index) : null));
        }
        write(out, sheetName, columns, List.of(example));
    }

    private static void setCell(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).longValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date.toString());
        } else if (value instanceof OffsetDateTime time) {
            cell.setCellValue(time.atZoneSameInstant(SchoolClock.applicationZone()).format(DATE_TIME));
        } else if (value instanceof java.time.Instant instant) {
            cell.setCellValue(instant.atZone(SchoolClock.applicationZone()).format(DATE_TIME));
        } else {
            cell.setCellValue(safeText(value.toString()));
        }
    }

    /** Neutralises spreadsheet formula injection in a text cell. */
    public static String safeText(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
