package org.houqin.platform.imports;

import java.util.List;

/**
 * The outcome of a run: how many data rows were read and written, what was wrong with the others, and what the
 * module says it did.
 *
 * @param written false when problems stopped an all-or-nothing import, so nothing at all was saved
 * @param summary the module's own sentence for the last page, already in the reader's language (or null)
 */
public record ImportReport(int total, int imported, List<RowError> errors, boolean written, String summary) {

    /** A problem of one row, under the file's own column name. */
    public record RowError(int row, String column, String message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Rows without any problem. */
    public long validRows() {
        return total - errors.stream().mapToInt(RowError::row).distinct().count();
    }
}
