package org.houqin.platform.excel;

import java.util.List;

/**
 * The outcome of an import: how many rows were read and written, and what was wrong with the others.
 *
 * @param written false when errors stopped an all-or-nothing import, so nothing at all was saved
 */
public record ImportReport(int total, int imported, List<RowError> errors, boolean written) {

    public record RowError(int row, String column, String message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
