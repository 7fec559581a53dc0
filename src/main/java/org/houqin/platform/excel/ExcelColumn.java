package org.houqin.platform.excel;

import java.util.function.Function;

/** A column of an export: its header (already translated) and how to read the cell from a row. */
public record ExcelColumn<T>(String header, Function<T, Object> value) {
}
