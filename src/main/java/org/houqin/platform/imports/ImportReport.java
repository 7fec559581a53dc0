package org.houqin.platform.imports;

import java.util.List;

/**
 * The outcome of a run: how many data rows were read and written, what was wrong with the others, what the report
 * says about rows that were read differently or skipped (a month read as its 1st, a 合计 row), and what the module
 * says it did.
 *
 * @param total   data rows, without the skipped ones
 * @param notes   what is not a problem but the user should know, row by row
 * @param written false when problems stopped an all-or-nothing import, so nothing at all was saved
 * @param summary the module's own sentence for the last page, already in the reader's language (or null)
 */
public record ImportReport(int total, int imported, List<RowError> errors, List<RowError> notes, boolean written,
                           String summary) {

    /** A problem (or a note) of one row, under the file's own column name, beside the row's own values. */
    public record RowError(int row, String column, String message, List<String> values) {

        /** The row's values as one line, for the page. */
        public String valuesText() {
            return String.join(" | ", values.stream().filter(v -> !v.isBlank()).toList());
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Rows without any problem. */
    public long validRows() {
        return total - errors.stream().mapToInt(RowError::row).distinct().count();
    }

    public long skippedRows() {
        return notes.stream().filter(n -> n.column().isEmpty()).count();
    }
}
