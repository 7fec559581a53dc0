package org.houqin.platform.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import org.houqin.platform.web.RuleViolation;

/**
 * Finds the header among the first rows of a sheet (an office's sheet often has a title, a school name or a date
 * above it): the row that names the most of the import's fields, or, when none names any, the first row with two
 * or more cells. Then it counts the data rows below, refusing more than the limit as soon as it reads one too
 * many, and keeps the first of them as the sample shown on the mapping page.
 */
final class SheetPreview implements Consumer<SheetRow> {

    private static final int SAMPLE_CHARS = 40;

    private final ImportLimits limits;
    private final ToIntFunction<SheetRow> fieldsNamed;
    private final List<SheetRow> top = new ArrayList<>();
    private SheetRow header;
    private SheetRow first;
    private int rows;

    SheetPreview(ImportLimits limits, ToIntFunction<SheetRow> fieldsNamed) {
        this.limits = limits;
        this.fieldsNamed = fieldsNamed;
    }

    @Override
    public void accept(SheetRow row) {
        if (header != null) {
            data(row);
            return;
        }
        top.add(row);
        if (top.size() == ImportLimits.TITLE_ROWS) {
            chooseHeader();
        }
    }

    ImportPreview preview() {
        if (header == null && !top.isEmpty()) {
            chooseHeader();
        }
        if (header == null || rows == 0) {
            throw RuleViolation.of("import.error.empty");
        }
        List<String> headers = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        List<String> sample = new ArrayList<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String name = header.cell(c).strip();
            if (!name.isEmpty() && !header.formula(c) && !headers.contains(name)) {
                headers.add(name);
                columns.add(c);
                sample.add(sample(first, c));
            }
        }
        if (headers.isEmpty()) {
            throw RuleViolation.of("import.error.empty");
        }
        return new ImportPreview(header.number(), headers, columns, sample, rows);
    }

    private void chooseHeader() {
        header = top.stream().max(Comparator.comparingInt(this::score)
                .thenComparing(Comparator.comparingInt(SheetRow::number).reversed())).orElseThrow();
        top.stream().filter(row -> row.number() > header.number()).forEach(this::data);
        top.clear();
    }

    private int score(SheetRow row) {
        long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
        return fieldsNamed.applyAsInt(row) * 2 + (filled >= 2 ? 1 : 0);
    }

    private void data(SheetRow row) {
        if (++rows > limits.rows()) {
            throw RuleViolation.of("import.limit.rows", limits.rows());
        }
        if (first == null) {
            first = row;
        }
    }

    private static String sample(SheetRow row, int column) {
        if (row.formula(column)) {
            return "=" + clean(row.cell(column));
        }
        String text = clean(row.cell(column));
        return text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) + "…" : text;
    }

    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
