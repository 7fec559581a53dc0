package org.houqin.platform.security;

import java.util.Map;
import java.util.regex.Pattern;

/** A WHERE condition with named parameters, built only from identifiers written in code. */
public record SqlCondition(String sql, Map<String, Object> params) {

    public static final SqlCondition TRUE = new SqlCondition("true", Map.of());
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    static void requireIdentifier(String column) {
        if (column == null || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a column name: " + column);
        }
    }
}
