package org.houqin.platform.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.web.ListQuery;

/**
 * The WHERE clause of a list, built from conditions written in code. A filter's condition is added only when the
 * filter was given, so the database plans each combination of filters for what it is (a catch-all such as
 * {@code (:status = '' OR d.status = :status)} gets a generic plan that fits no combination well), and every value
 * is a bound parameter: nothing a request sends is ever part of the SQL text.
 *
 * <p>Columns must be plain names ({@code r.status}); fixed conditions may not carry comments or statement
 * separators, and a parameter they name must be bound with them.
 */
public final class Where {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");
    private static final Pattern PARAMETER = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final Pattern NOT_CODE = Pattern.compile(";|--|/\\*|\\*/");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private Where() {
    }

    /** No condition yet. */
    public static Where of() {
        return new Where();
    }

    /** Rows of one owner, the usual start: {@code column = :name}, e.g. {@code school_id = :school}. */
    public static Where of(String column, String name, Object value) {
        return new Where().and(requireColumn(column) + " = :" + name, name, Objects.requireNonNull(value, name));
    }

    /** A condition written in code without parameters, e.g. {@code r.status IN ('NEW', 'ASSIGNED')}. */
    public Where and(String condition) {
        conditions.add(requireCode(condition));
        return this;
    }

    /** A condition written in code with one parameter, always added (the value may be null if the SQL says so). */
    public Where and(String condition, String name, Object value) {
        requireCode(condition);
        if (!Pattern.compile(":" + requireName(name) + "(?![a-zA-Z0-9])").matcher(condition).find()) {
            throw new IllegalArgumentException("The condition does not use :" + name + ": " + condition);
        }
        bind(name, value);
        conditions.add(condition);
        return this;
    }

    /** A condition built elsewhere from code-written columns with bound values, such as a user's data scope. */
    public Where and(SqlCondition condition) {
        if (condition.equals(SqlCondition.TRUE)) {
            return this;
        }
        requireCode(condition.sql());
        condition.params().forEach(this::bind);
        conditions.add(condition.sql());
        return this;
    }

    /** A condition written in code without parameters, added only when {@code given}, e.g. "only mine". */
    public Where andIf(boolean given, String condition) {
        return given ? and(condition) : this;
    }

    /** {@code column = value}, only when a value was given (not null, not blank). Enums are compared by name. */
    public Where equal(String column, Object value) {
        return compare(column, "=", value);
    }

    /** {@code column >= value}, only when a value was given: the start of a range. */
    public Where atLeast(String column, Object value) {
        return compare(column, ">=", value);
    }

    /** {@code column < value}, only when a value was given: the end of a range, itself excluded. */
    public Where before(String column, Object value) {
        return compare(column, "<", value);
    }

    /**
     * The list's search text in any of the columns, only when the query has one. The text is a {@code LIKE}
     * pattern with its wildcards escaped, so "50%" finds "50%" and not "500".
     */
    public Where search(ListQuery query, Search search) {
        if (!query.hasSearch()) {
            return this;
        }
        bind("like", query.likePattern());
        if (!search.exact().isEmpty()) {
            bind("q", query.q());
        }
        conditions.add(search.sql());
        return this;
    }

    /** The clause with its leading {@code WHERE}, or an empty text when there is no condition. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }

    /** The same conditions as one {@link SqlCondition}, for a query written around them. */
    public SqlCondition condition() {
        return conditions.isEmpty() ? SqlCondition.TRUE
                : new SqlCondition("(" + String.join(" AND ", conditions) + ")", Map.copyOf(params));
    }

    private Where compare(String column, String operator, Object value) {
        requireColumn(column);
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        String name = freeName(column);
        bind(name, value instanceof Enum<?> constant ? constant.name() : value);
        conditions.add(column + " " + operator + " :" + name);
        return this;
    }

    /** {@code r.category_id} → {@code categoryId}, or {@code categoryId2} when that is bound already. */
    private String freeName(String column) {
        String[] words = column.substring(column.indexOf('.') + 1).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                name.append(words[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(words[i].substring(1));
            }
        }
        String base = name.toString().replace("_", "");
        String free = base.isEmpty() ? "value" : base;
        for (int n = 2; params.containsKey(free); n++) {
            free = base + n;
        }
        return free;
    }

    private void bind(String name, Object value) {
        requireName(name);
        if (params.containsKey(name) && !Objects.deepEquals(params.get(name), value)) {
            throw new IllegalArgumentException("Parameter :" + name + " is bound to another value already");
        }
        params.put(name, value);
    }

    static String requireColumn(String column) {
        if (column == null || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a column name: " + column);
        }
        return column;
    }

    private static String requireName(String name) {
        if (name == null || !PARAMETER.matcher(name).matches() || Listing.RESERVED.contains(name)) {
            throw new IllegalArgumentException("Not a parameter name: " + name);
        }
        return name;
    }

    /** What code-written SQL never needs: comments, a second statement, unbalanced quotes or parentheses. */
    static String requireCode(String sql) {
        if (sql == null || sql.isBlank() || NOT_CODE.matcher(sql).find() || count(sql, '\'') % 2 != 0
                || count(sql, '(') != count(sql, ')')) {
            throw new IllegalArgumentException("Not a condition written in code: " + sql);
        }
        return sql;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
