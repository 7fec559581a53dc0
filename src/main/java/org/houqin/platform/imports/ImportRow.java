package org.houqin.platform.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One data row of an import as a module's checker sees it: cells by field key, whatever the file's columns are
 * called. Problems are noted by field key (the report shows the file's header for them), so that a checker may
 * either collect every problem of the row with {@link #read} or stop at the first by throwing a {@link RowProblem}.
 */
public final class ImportRow {

    private final SheetRow row;
    private final Map<String, Integer> columns;
    private final Map<String, ImportField> fields;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();

    ImportRow(SheetRow row, Map<String, Integer> columns, Map<String, ImportField> fields) {
        this.row = row;
        this.columns = columns;
        this.fields = fields;
    }

    /** The row's number as Excel shows it. */
    public int number() {
        return row.number();
    }

    public boolean mapped(String field) {
        return columns.containsKey(field);
    }

    /** The cell's text without surrounding spaces, or null when blank or not mapped. A formula is a problem. */
    public String text(String field) {
        Integer column = columns.get(field);
        if (column == null) {
            return null;
        }
        if (row.formula(column)) {
            throw new RowProblem(field, "import.error.formula");
        }
        String text = row.cell(column).strip();
        return text.isEmpty() ? null : text;
    }

    /** The cell's text, or a problem when it is blank. */
    public String required(String field) {
        String text = text(field);
        if (text == null) {
            throw new RowProblem(field, "import.error.required");
        }
        return text;
    }

    /**
     * Reads a cell with {@code parse}, noting what is wrong instead of throwing: null when the field is not mapped,
     * blank (a problem when it is required) or wrong.
     */
    public <T> T read(String field, Function<String, T> parse) {
        if (!mapped(field)) {
            return null;
        }
        ImportField declared = fields.get(field);
        return check(field, () -> {
            String text = text(field);
            if (text == null) {
                if (declared != null && declared.required()) {
                    throw new RowProblem(field, "import.error.required");
                }
                return null;
            }
            return parse.apply(text);
        });
    }

    /** Runs a check of one field, noting its problem (under that field) instead of throwing. */
    public <T> T check(String field, Supplier<T> work) {
        try {
            return work.get();
        } catch (RowProblem problem) {
            failed.add(field);
            problems.add(new RowProblem(field, problem.messageKey(), problem.args()));
            return null;
        }
    }

    /** Notes a problem of the row; {@code field} is a field key, or a name shown as it is. */
    public void problem(String field, String messageKey, Object... args) {
        failed.add(field);
        problems.add(new RowProblem(field, messageKey, args));
    }

    /** Whether nothing was wrong with the field so far. */
    public boolean clean(String field) {
        return !failed.contains(field);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<RowProblem> problems() {
        return problems;
    }
}
