package org.houqin.platform.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.houqin.platform.excel.ExcelImport.ImportRow;
import org.springframework.context.MessageSource;

/**
 * Checks every row of an import first, then writes: all rows when every one is valid, only the valid rows when
 * the user chose so, and nothing when any row is wrong otherwise. Run it inside the caller's transaction.
 */
public final class ImportRun {

    private ImportRun() {
    }

    /**
     * @param parse turns a row into a command, throwing {@link RowProblem} for what is wrong; it also checks the
     *              rules that need the database (duplicates, unknown references), so that writing cannot fail
     * @param write saves one command
     */
    public static <C> ImportReport run(List<ImportRow> rows, boolean validOnly, MessageSource messages, Locale locale,
                                       Function<ImportRow, C> parse, Consumer<C> write) {
        List<C> valid = new ArrayList<>();
        List<ImportReport.RowError> errors = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                valid.add(parse.apply(row));
            } catch (RowProblem problem) {
                String message = messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
                errors.add(new ImportReport.RowError(row.number(), problem.column(), message));
            }
        }
        if (!errors.isEmpty() && !validOnly) {
            return new ImportReport(rows.size(), 0, errors, false);
        }
        valid.forEach(write);
        return new ImportReport(rows.size(), valid.size(), errors, true);
    }
}
