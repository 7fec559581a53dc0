package org.houqin.platform.imports;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.houqin.platform.excel.ExcelColumn;
import org.houqin.platform.excel.ExcelExport;
import org.springframework.context.MessageSource;

/**
 * The downloadable report of a run: each problem with its row and column, then what the report says about other
 * rows (skipped 合计 rows, months read as their 1st), each beside the row's own values under the file's headers, so
 * that the user sees what the row said without opening the file again.
 */
final class RowReport {

    private RowReport() {
    }

    static byte[] workbook(ImportPreview preview, List<ImportReport.RowError> errors, List<ImportReport.RowError> notes,
                           MessageSource messages, Locale locale) {
        List<ExcelColumn<ImportReport.RowError>> columns = new ArrayList<>(List.of(
                new ExcelColumn<>(text(messages, "import.row", locale), ImportReport.RowError::row),
                new ExcelColumn<>(text(messages, "import.column", locale), ImportReport.RowError::column),
                new ExcelColumn<>(text(messages, "import.problem", locale), ImportReport.RowError::message)));
        for (int i = 0; i < preview.headers().size(); i++) {
            int column = i;
            columns.add(new ExcelColumn<>(preview.headers().get(i),
                    e -> column < e.values().size() ? e.values().get(column) : ""));
        }
        List<ImportReport.RowError> rows = new ArrayList<>(errors);
        rows.addAll(notes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.write(out, text(messages, "import.report.sheet", locale), columns, rows);
        return out.toByteArray();
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
