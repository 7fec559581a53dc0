package org.houqin.platform.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The distinct values of a file's lookup fields, each with the number of rows that have it, by lookup name: what the
 * values page asks about. Rows above the header, skipped rows and formula cells do not count.
 */
final class DistinctValues implements Consumer<SheetRow> {

    private final int headerRow;
    private final Map<String, String> lookupOfField;
    private final Map<String, Integer> columns;
    private final Map<String, Integer> seconds;
    private final Map<String, Map<String, Integer>> values = new LinkedHashMap<>();

    DistinctValues(ImportPreview preview, ImportMapping mapping, Map<String, String> lookupOfField) {
        this.headerRow = preview.headerRow();
        this.lookupOfField = lookupOfField;
        this.columns = RowChecker.columns(preview, mapping.headers());
        this.seconds = RowChecker.columns(preview, mapping.seconds());
        lookupOfField.values().forEach(lookup -> values.put(lookup, new LinkedHashMap<>()));
    }

    @Override
    public void accept(SheetRow row) {
        if (row.number() <= headerRow || RowSkips.reason(row) != null) {
            return;
        }
        lookupOfField.forEach((field, lookup) -> {
            String text = text(row, columns.get(field));
            if (text.isEmpty()) {
                text = text(row, seconds.get(field));
            }
            if (!text.isEmpty() && text.length() <= 200) {
                values.get(lookup).merge(text, 1, Integer::sum);
            }
        });
    }

    private static String text(SheetRow row, Integer column) {
        return column == null || row.formula(column) ? "" : row.cell(column).strip();
    }

    /** Value → rows, in the order they first appear, by lookup name. */
    Map<String, Map<String, Integer>> values() {
        return values;
    }
}
