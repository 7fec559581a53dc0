package org.houqin.platform.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.houqin.platform.web.RuleViolation;
import org.springframework.context.MessageSource;

/**
 * Takes the data rows of one run (those below the header, at most the limit) through the module's checker: a row
 * without problems adds its line, a row with problems adds them to the report under the file's column names, beside
 * the row's own values. A 小计/合计 or units row is skipped, and the report says so.
 */
final class RowChecker<L> implements Consumer<SheetRow> {

    private final ImportKind.ImportJob<L> job;
    private final ImportPreview preview;
    private final ImportLimits limits;
    private final ImportMapping mapping;
    private final Map<String, Integer> columns;
    private final Map<String, Integer> seconds;
    private final Map<String, ImportField> fields = new LinkedHashMap<>();
    private final Map<String, Function<String, Long>> lookups;
    private final MessageSource messages;
    private final Locale locale;
    private final List<L> valid = new ArrayList<>();
    private final List<ImportReport.RowError> errors = new ArrayList<>();
    private final List<ImportReport.RowError> notes = new ArrayList<>();
    private int rows;
    private int read;

    RowChecker(ImportKind<L> kind, ImportKind.ImportJob<L> job, ImportPreview preview, ImportMapping mapping,
              Map<String, Function<String, Long>> lookups, MessageSource messages, Locale locale) {
        this.job = job;
        this.preview = preview;
        this.limits = kind.limits();
        this.mapping = mapping;
        this.lookups = lookups;
        this.messages = messages;
        this.locale = locale;
        kind.fields().forEach(f -> fields.put(f.key(), f));
        this.columns = columns(preview, mapping.headers());
        this.seconds = columns(preview, mapping.seconds());
    }

    /** The column of each field's header, for the headers the file has. */
    static Map<String, Integer> columns(ImportPreview preview, Map<String, String> headers) {
        Map<String, Integer> columns = new HashMap<>();
        headers.forEach((field, header) -> {
            if (preview.column(header) >= 0) {
                columns.put(field, preview.column(header));
            }
        });
        return columns;
    }

    @Override
    public void accept(SheetRow sheetRow) {
        if (sheetRow.number() <= preview.headerRow()) {
            return;
        }
        if (++read > limits.rows()) {
            throw RuleViolation.of("import.limit.rows", limits.rows());
        }
        String skipped = RowSkips.reason(sheetRow);
        if (skipped != null) {
            notes.add(new ImportReport.RowError(sheetRow.number(), "", text(skipped), values(sheetRow)));
            return;
        }
        rows++;
        ImportRow row = new ImportRow(sheetRow, columns, seconds, fields, lookups);
        L line = null;
        try {
            line = job.check(row);
        } catch (RowProblem problem) {
            row.problem(problem.column(), problem.messageKey(), problem.args());
        }
        if (!row.hasProblems() && line != null) {
            valid.add(line);
        }
        report(row.problems(), errors, row, sheetRow);
        report(row.notes(), notes, row, sheetRow);
    }

    private void report(List<RowProblem> problems, List<ImportReport.RowError> to, ImportRow row, SheetRow sheetRow) {
        for (RowProblem p : problems) {
            to.add(new ImportReport.RowError(row.number(), column(p.column()),
                    messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale), values(sheetRow)));
        }
    }

    /** The row's text under each header of the file, for the report. */
    private List<String> values(SheetRow row) {
        return preview.columns().stream().map(c -> row.formula(c) ? "=" + row.cell(c) : row.cell(c)).toList();
    }

    /** The file's header for a field (both, for a field of two columns), its label when it has none, else the name. */
    private String column(String name) {
        if (name == null) {
            return "";
        }
        if (mapping.has(name)) {
            return mapping.second(name) == null ? mapping.header(name) : mapping.header(name) + "/" + mapping.second(name);
        }
        ImportField field = fields.get(name);
        return field == null ? name : messages.getMessage(field.labelKey(), null, name, locale);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    List<L> valid() {
        return valid;
    }

    List<ImportReport.RowError> errors() {
        return errors;
    }

    List<ImportReport.RowError> notes() {
        return notes;
    }

    int rows() {
        return rows;
    }
}
