package org.houqin.platform.db;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The columns a list looks for its search text in. Most columns are compared with a plain {@code LIKE}: names and
 * descriptions are Chinese, which has no case, and a plain comparison is cheaper than {@code ILIKE}. Columns holding
 * Latin codes (document numbers, room codes, user names, e-mail addresses) are compared without regard to case, as
 * {@code lower(column) LIKE lower(:like)}, so "bx-2026" still finds "BX-2026-00017". Columns that must equal the
 * text exactly (an id) are compared with {@code =}.
 */
public record Search(List<String> columns, List<String> caseless, List<String> exact) {

    public Search {
        columns = List.copyOf(columns);
        caseless = List.copyOf(caseless);
        exact = List.copyOf(exact);
        Stream.of(columns, caseless, exact).flatMap(List::stream).forEach(Where::requireColumn);
    }

    /** Columns compared as they are (Chinese text); none when every column holds Latin text. */
    public static Search in(String... columns) {
        return new Search(List.of(columns), List.of(), List.of());
    }

    /** These columns too, compared without regard to case (Latin codes). */
    public Search ignoringCase(String... more) {
        return new Search(columns, join(caseless, more), exact);
    }

    /** These columns too, equal to the search text (ids kept as text). */
    public Search orEqual(String... more) {
        return new Search(columns, caseless, join(exact, more));
    }

    /** The condition, using the parameters {@code :like} (the escaped pattern) and {@code :q} (the text). */
    String sql() {
        if (columns.isEmpty() && caseless.isEmpty()) {
            throw new IllegalStateException("A search needs a column to look in");
        }
        List<String> any = new ArrayList<>();
        columns.forEach(column -> any.add(column + " LIKE :like"));
        caseless.forEach(column -> any.add("lower(" + column + ") LIKE lower(:like)"));
        exact.forEach(column -> any.add(column + " = :q"));
        return "(" + String.join(" OR ", any) + ")";
    }

    private static List<String> join(List<String> list, String... more) {
        List<String> joined = new ArrayList<>(list);
        joined.addAll(List.of(more));
        return joined;
    }
}
