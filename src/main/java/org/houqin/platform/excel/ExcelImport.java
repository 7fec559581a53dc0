package org.houqin.platform.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.platform.imports.ImportLimits;
import org.houqin.platform.imports.RowProblem;
import org.houqin.platform.imports.SheetReader;
import org.houqin.platform.web.RuleViolation;

/**
 * Reads the first sheet of a fixed-column .xlsx (a count sheet the app wrote itself) into rows of text keyed by the
 * first row's headers, through the import kit's streaming reader and within its default limits. Imports that
 * users map themselves use the import kit ({@code platform.imports}) instead.
 */
public final class ExcelImport {

    public static final long MAX_BYTES = ImportLimits.DEFAULT.uploadBytes();

    /** One data row: its number as the user sees it in Excel, and its cells as text. */
    public record ImportRow(int number, Map<String, String> cells, Set<String> formulaColumns) {

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
        Path file = null;
        try {
            file = Files.createTempFile("houqin-import-", ".xlsx");
            try (var out = Files.newOutputStream(file); var bounded = in) {
                if (bounded.transferTo(out) > MAX_BYTES) {
                    throw RuleViolation.of("import.limit.upload", ImportLimits.DEFAULT.uploadMegabytes());
                }
            }
            return read(file, requiredHeaders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    private static List<ImportRow> read(Path file, List<String> requiredHeaders) {
        List<String> headers = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        SheetReader.read(file, ImportLimits.DEFAULT, row -> {
            if (headers.isEmpty()) {
                row.cells().forEach(cell -> headers.add(cell.strip()));
                requiredHeaders.stream().filter(h -> !headers.contains(h)).findFirst().ifPresent(missing -> {
                    throw RuleViolation.of("import.error.missingColumn", missing);
                });
                return;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            Set<String> formulas = new HashSet<>();
            for (int c = 0; c < headers.size(); c++) {
                if (row.formula(c)) {
                    formulas.add(headers.get(c));
                } else {
                    cells.put(headers.get(c), row.cell(c));
                }
            }
            rows.add(new ImportRow(row.number(), cells, formulas));
        });
        if (headers.isEmpty()) {
            throw RuleViolation.of("import.error.empty");
        }
        return rows;
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file; the system's temp cleaner takes it
        }
    }
}
