package org.houqin.platform.imports;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import org.houqin.platform.web.RuleViolation;

/**
 * Finds the header among the first rows of a sheet (an office's sheet often has a merged title, a school name or a
 * date above it): the row, or two rows read as one (分类 merged above 名称 and 代码), that names the most of the
 * import's fields, or, when none names any, the first row with two or more cells; or the row the user chose. Then it
 * counts the data rows below, refusing more than the limit as soon as it reads one too many, and keeps the first of
 * them that is data (not a units row) as the sample shown on the mapping page.
 */
final class SheetPreview implements Consumer<SheetRow> {

    private static final int SAMPLE_CHARS = 40;

    private final ImportLimits limits;
    private final ToIntFunction<SheetRow> fieldsNamed;
    private final List<SheetRow> top = new ArrayList<>();
    private final int chosenRow;
    private final boolean chosenTwoRows;
    private SheetRow header;
    private int firstHeaderRow;
    private SheetRow first;
    private int rows;
    private int skipped;

    SheetPreview(ImportLimits limits, ToIntFunction<SheetRow> fieldsNamed) {
        this(limits, fieldsNamed, 0, false);
    }

    /** With the header the user chose: at {@code row} (counted as Excel does), over two rows when {@code twoRows}. */
    SheetPreview(ImportLimits limits, ToIntFunction<SheetRow> fieldsNamed, int row, boolean twoRows) {
        this.limits = limits;
        this.fieldsNamed = fieldsNamed;
        this.chosenRow = row;
        this.chosenTwoRows = twoRows;
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
        if (header == null || rows - skipped == 0) {
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
        return new ImportPreview(header.number(), headers, columns, sample, rows - skipped, firstHeaderRow);
    }

    private void chooseHeader() {
        List<SheetRow[]> candidates = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            candidates.add(new SheetRow[] {top.get(i)});
            if (i + 1 < top.size() && top.get(i + 1).number() == top.get(i).number() + 1) {
                candidates.add(new SheetRow[] {top.get(i), top.get(i + 1)});
            }
        }
        SheetRow[] chosen = chosenRow > 0 ? chosen(candidates) : candidates.stream()
                .max(Comparator.comparingInt((SheetRow[] rows) -> score(joined(rows)))
                        .thenComparing(Comparator.comparingInt((SheetRow[] rows) -> rows.length).reversed())
                        .thenComparing(Comparator.comparingInt((SheetRow[] rows) -> rows[0].number()).reversed()))
                .orElseThrow();
        header = joined(chosen);
        firstHeaderRow = chosen[0].number();
        top.stream().filter(row -> row.number() > header.number()).forEach(this::data);
        top.clear();
    }

    /** The user's header row, one or two of them; a row the sheet has no cells in is not a header. */
    private SheetRow[] chosen(List<SheetRow[]> candidates) {
        return candidates.stream().filter(rows -> rows[0].number() == chosenRow
                && rows.length == (chosenTwoRows ? 2 : 1)).findFirst()
                .orElseThrow(() -> RuleViolation.of("import.header.none", chosenRow));
    }

    /**
     * Two header rows read as one: the lower row's text where it has one (单价 under a merged 价值), else the upper's
     * (序号 merged over both rows).
     */
    static SheetRow joined(SheetRow[] rows) {
        if (rows.length == 1) {
            return rows[0];
        }
        SheetRow upper = rows[0];
        SheetRow lower = rows[1];
        List<String> cells = new ArrayList<>();
        BitSet formulas = new BitSet();
        for (int c = 0; c < Math.max(upper.cells().size(), lower.cells().size()); c++) {
            boolean below = !lower.cell(c).isBlank();
            cells.add(below ? lower.cell(c) : upper.cell(c));
            formulas.set(c, below ? lower.formula(c) : upper.formula(c));
        }
        return new SheetRow(lower.number(), cells, formulas);
    }

    private int score(SheetRow row) {
        long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
        return fieldsNamed.applyAsInt(row) * 2 + (filled >= 2 ? 1 : 0);
    }

    private void data(SheetRow row) {
        if (++rows > limits.rows()) {
            throw RuleViolation.of("import.limit.rows", limits.rows());
        }
        if (RowSkips.reason(row) != null) {
            skipped++;
        } else if (first == null) {
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
