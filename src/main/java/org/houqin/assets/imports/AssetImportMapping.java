package org.houqin.assets.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Which spreadsheet column (by its header) fills which field of the card. */
record AssetImportMapping(Map<AssetImportField, String> headers) {

    /** The request parameter that carries a field's column. */
    static String param(AssetImportField field) {
        return "col_" + field.name();
    }

    AssetImportMapping {
        headers = Collections.unmodifiableMap(new EnumMap<>(headers.isEmpty()
                ? new EnumMap<>(AssetImportField.class) : headers));
    }

    /** The best first guess: each field takes the first unused header that names it. */
    static AssetImportMapping guess(List<String> sheetHeaders, Function<AssetImportField, String> localLabel) {
        Map<AssetImportField, String> chosen = new EnumMap<>(AssetImportField.class);
        Set<String> used = new HashSet<>();
        for (AssetImportField field : AssetImportField.values()) {
            for (String header : sheetHeaders) {
                if (!used.contains(header) && field.matches(header, localLabel.apply(field))) {
                    chosen.put(field, header);
                    used.add(header);
                    break;
                }
            }
        }
        return new AssetImportMapping(chosen);
    }

    /** What the user picked on the mapping page; a header that is not in the file counts as not picked. */
    static AssetImportMapping chosen(Map<String, String> params, List<String> sheetHeaders) {
        Map<AssetImportField, String> chosen = new EnumMap<>(AssetImportField.class);
        for (AssetImportField field : AssetImportField.values()) {
            String header = params.get(param(field));
            if (header != null && !header.isBlank() && sheetHeaders.contains(header)) {
                chosen.put(field, header);
            }
        }
        return new AssetImportMapping(chosen);
    }

    boolean has(AssetImportField field) {
        return headers.containsKey(field);
    }

    String header(AssetImportField field) {
        return headers.get(field);
    }

    /** The required fields with no column, 单价 and 原值 counting as one (named by 单价). */
    List<AssetImportField> missing() {
        List<AssetImportField> missing = new ArrayList<>();
        for (AssetImportField field : AssetImportField.values()) {
            if (field.required() && !has(field)) {
                missing.add(field);
            }
        }
        if (!has(AssetImportField.UNIT_VALUE) && !has(AssetImportField.VALUE)) {
            missing.add(AssetImportField.UNIT_VALUE);
        }
        return missing;
    }

    /** Two fields from one column is a slip of the hand. */
    List<String> repeated() {
        Set<String> seen = new HashSet<>();
        return headers.values().stream().filter(h -> !seen.add(h)).distinct().toList();
    }
}
