package org.houqin.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sort keys a list accepts, each mapped to an ORDER BY expression written in code. A key that is not listed
 * falls back to the default, so a request can never put its own text into SQL.
 */
public final class Sorts {

    private final Map<String, String> columns = new LinkedHashMap<>();
    private final String defaultKey;

    private Sorts(String defaultKey) {
        this.defaultKey = defaultKey;
    }

    /** Pairs of key and expression, the first pair being the default. */
    public static Sorts of(String... keysAndExpressions) {
        if (keysAndExpressions.length == 0 || keysAndExpressions.length % 2 != 0) {
            throw new IllegalArgumentException("Give pairs of sort key and expression");
        }
        Sorts sorts = new Sorts(keysAndExpressions[0]);
        for (int i = 0; i < keysAndExpressions.length; i += 2) {
            sorts.columns.put(keysAndExpressions[i], keysAndExpressions[i + 1]);
        }
        return sorts;
    }

    public String key(ListQuery query) {
        return query.sort() != null && columns.containsKey(query.sort()) ? query.sort() : defaultKey;
    }

    public String orderBy(ListQuery query) {
        return columns.get(key(query)) + (query.descending() ? " DESC" : " ASC") + " NULLS LAST";
    }
}
