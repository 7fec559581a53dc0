package org.houqin.platform.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which column of the sheet (by its header) fills which field, by field key; a field that either of two columns may
 * fill has its second column in {@code seconds}, read where the first is blank.
 */
public record ImportMapping(Map<String, String> headers, Map<String, String> seconds) {

    public ImportMapping {
        headers = Map.copyOf(headers);
        seconds = Map.copyOf(seconds);
    }

    public ImportMapping(Map<String, String> headers) {
        this(headers, Map.of());
    }

    /** The request parameter that carries a field's column. */
    public static String param(ImportField field) {
        return "col_" + field.key();
    }

    /** The request parameter that carries a field's second column. */
    public static String secondParam(ImportField field) {
        return "col2_" + field.key();
    }

    /**
     * The best first guess: each field takes the first unused header that names it; then a field that may take a
     * second column takes the next unused header that names it too.
     */
    public static ImportMapping guess(List<String> sheetHeaders, List<ImportField> fields, Function<ImportField, String> label) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, String> seconds = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        fields.forEach(field -> firstNaming(sheetHeaders, field, label, used).ifPresent(h -> chosen.put(field.key(), h)));
        fields.stream().filter(ImportField::either).filter(f -> chosen.containsKey(f.key()))
                .forEach(field -> firstNaming(sheetHeaders, field, label, used).ifPresent(h -> seconds.put(field.key(), h)));
        return new ImportMapping(chosen, seconds);
    }

    private static Optional<String> firstNaming(List<String> sheetHeaders, ImportField field,
                                                          Function<ImportField, String> label, Set<String> used) {
        for (String header : sheetHeaders) {
            if (!used.contains(header) && field.matches(header, label.apply(field))) {
                used.add(header);
                return Optional.of(header);
            }
        }
        return Optional.empty();
    }

    /** What the user picked on the mapping page; a header that is not in the file counts as not picked. */
    static ImportMapping chosen(Map<String, String> params, List<String> sheetHeaders, List<ImportField> fields) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, String> seconds = new LinkedHashMap<>();
        for (ImportField field : fields) {
            String header = params.get(param(field));
            if (header != null && !header.isBlank() && sheetHeaders.contains(header)) {
                chosen.put(field.key(), header);
                String second = field.either() ? params.get(secondParam(field)) : null;
                if (second != null && !second.isBlank() && sheetHeaders.contains(second) && !second.equals(header)) {
                    seconds.put(field.key(), second);
                }
            }
        }
        return new ImportMapping(chosen, seconds);
    }

    public boolean has(String field) {
        return headers.containsKey(field);
    }

    /** The header of the field's column, or null when the field has none. */
    public String header(String field) {
        return headers.get(field);
    }

    /** The header of the field's second column, or null. */
    public String second(String field) {
        return seconds.get(field);
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
        List<String> all = new ArrayList<>(headers.values());
        all.addAll(seconds.values());
        return all.stream().filter(h -> !seen.add(h)).distinct().toList();
    }
}
