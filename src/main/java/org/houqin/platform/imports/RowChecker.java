package org.houqin.platform.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.houqin.platform.web.RuleViolation;
import org.springframework.context.MessageSource;

/**
 * Takes the data rows of one run (those below the header, at most the limit) through the module's checker: a row
 * without problems adds its line, a row with problems adds them to the report under the file's column names.
 */
final class RowChecker<L> implements Consumer<SheetRow> {

    private final ImportKind.ImportJob<L> job;
    private final int headerRow;
    private final ImportLimits limits;
    private final ImportMapping mapping;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, ImportField> fields = new LinkedHashMap<>();
    private final MessageSource messages;
    private final Locale locale;
    private final List<L> valid = new ArrayList<>();
    private final List<ImportReport.RowError> errors = new ArrayList<>();
    private int rows;

    RowChecker(ImportKind<L> kind, ImportKind.ImportJob<L> job, ImportPreview preview, ImportMapping mapping,
              MessageSource messages, Locale locale) {
        this.job = job;
        this.headerRow = preview.headerRow();
        this.limits = kind.limits();
        this.mapping = mapping;
        this.messages = messages;
        this.locale = locale;
        kind.fields().forEach(f -> fields.put(f.key(), f));
        mapping.headers().forEach((field, header) -> {
            if (preview.column(header) >= 0) {
                columns.put(field, preview.column(header));
            }
        });
    }

    @Override
    public void accept(SheetRow sheetRow) {
        if (sheetRow.number() <= headerRow) {
            return;
        }
        if (++rows > limits.rows()) {
            throw RuleViolation.of("import.limit.rows", limits.rows());
        }
        ImportRow row = new ImportRow(sheetRow, columns, fields);
        L line = null;
        try {
            line = job.check(row);
        } catch (RowProblem problem) {
            row.problem(problem.column(), problem.messageKey(), problem.args());
        }
        if (!row.hasProblems() && line != null) {
            valid.add(line);
        }
        for (RowProblem p : row.problems()) {
            errors.add(new ImportReport.RowError(row.number(), column(p.column()),
                    messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)));
        }
    }

    /** The file's header for a field, the field's label when it has no column, else the name as given. */
    private String column(String name) {
        if (name == null) {
            return "";
        }
        if (mapping.has(name)) {
            return mapping.header(name);
        }
        ImportField field = fields.get(name);
        return field == null ? name : messages.getMessage(field.labelKey(), null, name, locale);
    }

    List<L> valid() {
        return valid;
    }

    List<ImportReport.RowError> errors() {
        return errors;
    }

    int rows() {
        return rows;
    }
}
