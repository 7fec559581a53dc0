package org.houqin.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Large Excel files for import checks and benchmarks, written by POI's streaming writer (a hundred rows in memory at
 * a time) straight to a file: a number becomes a number cell, anything else a text cell.
 */
public final class StreamedWorkbooks {

    private StreamedWorkbooks() {
    }

    /** A sheet with the headers and {@code rows} data rows, row {@code i} (from 0) given by {@code row}. */
    public static Path write(Path file, List<String> headers, int rows, IntFunction<List<?>> row) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet();
            var header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows; r++) {
                var cells = sheet.createRow(r + 1);
                List<?> values = row.apply(r);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) instanceof Number number) {
                        cells.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        cells.createCell(c).setCellValue(String.valueOf(values.get(c)));
                    }
                }
            }
            book.write(out);
            book.dispose();
        }
        return file;
    }
}
