package org.houqin.platform.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Which column of the sheet (by its header) fills which field, by field key. */
public record ImportMapping(Map<String, String> headers) {

    public ImportMapping {
        headers = Map.copyOf(headers);
    }

    /** The request parameter that carries a field's column. */
    public static String param(ImportField field) {
        return "col_" + field.key();
    }

    /** The best first guess: each field takes the first unused header that names it. */
    public static ImportMapping guess(List<String> sheetHeaders, List<ImportField> fields, Function<ImportField, String> label) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (ImportField field : fields) {
            for (String header : sheetHeaders) {
                if (!used.contains(header) && field.matches(header, label.apply(field))) {
                    chosen.put(field.key(), header);
                    used.add(header);
                    break;
                }
            }
        }
        return new ImportMapping(chosen);
    }

    /** What the user picked on the mapping page; a header that is not in the file counts as not picked. */
    static ImportMapping chosen(Map<String, String> params, List<String> sheetHeaders, List<ImportField> fields) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (ImportField field : fields) {
            String header = params.get(param(field));
            if (header != null && !header.isBlank() && sheetHeaders.contains(header)) {
                chosen.put(field.key(), header);
            }
        }
        return new ImportMapping(chosen);
    }

    public boolean has(String field) {
        return headers.containsKey(field);
    }

    /** The header of the field's column, or null when the field has none. */
    public String header(String field) {
        return headers.get(field);
    }

    /** The required fields without a column. */
    public List<ImportField> missing(List<ImportField> fields) {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField field : fields) {
            if (field.required() && !has(field.key())) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** Two fields from one column is a slip of the hand. */
    List<String> repeated() {
        Set<String> seen = new HashSet<>();
        return headers.values().stream().filter(h -> !seen.add(h)).distinct().toList();
    }
}
