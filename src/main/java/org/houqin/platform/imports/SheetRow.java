package org.houqin.platform.imports;

import java.util.BitSet;
import java.util.List;

/**
 * One row of a sheet as text by column, with the row number Excel shows. A formula cell holds its formula, never
 * its cached value, and is marked in {@code formulas}.
 */
public record SheetRow(int number, List<String> cells, BitSet formulas) {

    /** The cell's text ("" when empty). */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean formula(int column) {
        return column >= 0 && formulas.get(column);
    }

    boolean blank() {
        return formulas.isEmpty() && cells.stream().allMatch(String::isBlank);
    }
}
