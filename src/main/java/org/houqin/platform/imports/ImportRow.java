package org.houqin.platform.imports;

import java.time.LocalDate;
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
    private final Map<String, Integer> seconds;
    private final Map<String, ImportField> fields;
    private final Map<String, Function<String, Long>> lookups;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<RowProblem> notes = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();

    ImportRow(SheetRow row, Map<String, Integer> columns, Map<String, Integer> seconds, Map<String, ImportField> fields,
              Map<String, Function<String, Long>> lookups) {
        this.row = row;
        this.columns = columns;
        this.seconds = seconds;
        this.fields = fields;
        this.lookups = lookups;
    }

    /** The row's number as Excel shows it. */
    public int number() {
        return row.number();
    }

    public boolean mapped(String field) {
        return columns.containsKey(field);
    }

    /**
     * The cell's text without surrounding spaces, or null when blank or not mapped; a field with a second column
     * reads it where the first is blank. A formula is a problem.
     */
    public String text(String field) {
        String text = cell(field, columns.get(field));
        return text != null ? text : cell(field, seconds.get(field));
    }

    private String cell(String field, Integer column) {
        if (column == null) {
            return null;
        }
        if (row.formula(column)) {
            throw new RowProblem(field, "import.error.formula");
        }
        String text = row.cell(column).strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The id of the record a lookup field's cell names (see {@link ImportKind#lookups}): found exactly or as the user
     * answered on the values page; null when blank or left empty; a problem when the user marked the value wrong.
     */
    public Long lookup(String field) {
        Function<String, Long> lookup = lookups.get(field);
        if (lookup == null) {
            throw new IllegalStateException("no lookup for " + field);
        }
        Long id = read(field, lookup);
        ImportField declared = fields.get(field);
        if (id == null && clean(field) && mapped(field) && declared != null && declared.required()) {
            problem(field, "import.error.required");
        }
        return id;
    }

    /**
     * A date as {@link ImportValues#date} reads it, noting on the report that a month alone (2019.08) was read as
     * its 1st; {@code check} may refuse it (a date in the future, say).
     */
    public LocalDate date(String field, Function<String, LocalDate> check) {
        return read(field, text -> {
            LocalDate date = check.apply(text);
            if (ImportValues.monthOnly(text)) {
                note(field, "import.note.monthOnly", text, date.toString());
            }
            return date;
        });
    }

    /** Notes something the report should say about the row that is not a problem. */
    public void note(String field, String messageKey, Object... args) {
        notes.add(new RowProblem(field, messageKey, args));
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

    List<RowProblem> notes() {
        return notes;
    }
}
