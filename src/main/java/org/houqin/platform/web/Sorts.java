package org.houqin.platform.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The sort keys a list accepts, each mapped to an ORDER BY expression written in code. A key that is not listed
 * falls back to the default, so a request can never put its own text into SQL.
 */
public final class Sorts {

    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Set<String> neverNull = new HashSet<>();
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

    /**
     * Keys whose expression is never null (NOT NULL columns). Their descending order is a plain {@code DESC}, which
     * an index walked backwards serves; {@code DESC NULLS LAST}, kept for the other keys so that empty values come
     * last both ways, cannot use a plain index even on a NOT NULL column. To be called where the sorts are declared.
     */
    public Sorts neverNull(String... keys) {
        for (String key : keys) {
            if (!columns.containsKey(key)) {
                throw new IllegalArgumentException("Not a sort key: " + key);
            }
            neverNull.add(key);
        }
        return this;
    }

    public String key(ListQuery query) {
        return query.sort() != null && columns.containsKey(query.sort()) ? query.sort() : defaultKey;
    }

    public String orderBy(ListQuery query) {
        String key = key(query);
        if (!query.descending()) {
            return columns.get(key) + " ASC NULLS LAST";
        }
        return columns.get(key) + (neverNull.contains(key) ? " DESC" : " DESC NULLS LAST");
    }
}
