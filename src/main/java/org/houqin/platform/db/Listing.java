package org.houqin.platform.db;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Sorts;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A list's query: what it selects, from which tables, under which {@link Where}, in which order. Every list page
 * is counted and read here ({@link #page}), every export streamed from here ({@link #forEach}), so that how lists are counted
 * and paged is decided in one place.
 *
 * <pre>{@code
 * Listing.of(jdbc, "r.id, r.code, b.name AS building_name", "places.room r JOIN places.building b ON b.id = r.building_id")
 *         .where(Where.of("r.school_id", "school", schoolId).equal("r.building_id", buildingId)
 *                 .search(query, Search.in("r.name").ignoringCase("r.code")))
 *         .orderBy(SORTS, query, "r.id")
 *         .page(query, Row.class);
 * }</pre>
 */
public final class Listing {

    /** The most rows an export reads. */
    public static final int EXPORT_LIMIT = 100_000;

    /**
     * The most rows a pager counts: above it the pager shows "10,000+" ({@link PageResult#COUNT_LIMIT}, the same
     * number) and offers a next page while pages are full.
     */
    public static final int COUNT_LIMIT = PageResult.COUNT_LIMIT;

    /** Parameter names the listing binds itself. */
    static final Set<String> RESERVED = Set.of("pageLimit", "pageOffset");

    private final JdbcClient jdbc;
    private final String columns;
    private final String from;
    private final String countFrom;
    private final Where where;
    private final String orderBy;

    private Listing(JdbcClient jdbc, String columns, String from, String countFrom, Where where, String orderBy) {
        this.jdbc = jdbc;
        this.columns = columns;
        this.from = from;
        this.countFrom = countFrom;
        this.where = where;
        this.orderBy = orderBy;
    }

    /**
     * @param columns the select list written in code, e.g. {@code r.id, r.number, c.name AS category_name}
     * @param from    the tables and their joins written in code, e.g. {@code repairs.request r JOIN repairs.category
     *                c ON c.id = r.category_id}
     */
    public static Listing of(JdbcClient jdbc, String columns, String from) {
        return new Listing(jdbc, Where.requireCode(columns), Where.requireCode(from), from, Where.of(), null);
    }

    /**
     * The tables the count needs, when the joins of {@code from} only add columns to each row (an inner join on a
     * required foreign key): the count then does not read them. The conditions may use only these tables.
     */
    public Listing countFrom(String tables) {
        return new Listing(jdbc, columns, from, Where.requireCode(tables), where, orderBy);
    }

    public Listing where(Where conditions) {
        return new Listing(jdbc, columns, from, countFrom, conditions, orderBy);
    }

    /** An order written in code; it should end in a unique column so that pages neither repeat nor skip rows. */
    public Listing orderBy(String expressions) {
        return new Listing(jdbc, columns, from, countFrom, where, Where.requireCode(expressions));
    }

    /** The reader's choice among the list's sorts, then {@code tieBreaker} (a unique column, e.g. {@code r.id}). */
    public Listing orderBy(Sorts sorts, ListQuery query, String tieBreaker) {
        return orderBy(sorts.orderBy(query) + ", " + tieBreaker);
    }

    /** A page of the query's size (20 unless asked) with the number of all rows. */
    public <T> PageResult<T> page(ListQuery query, Class<T> type) {
        return page(query, query.size(), Rows.of(type));
    }

    public <T> PageResult<T> page(ListQuery query, int pageSize, Class<T> type) {
        return page(query, pageSize, Rows.of(type));
    }

    /**
     * The query's page of {@code pageSize} rows with the number of all rows, counted up to {@link #COUNT_LIMIT} + 1;
     * a page past the end is empty. The page and its count are one statement: the count is a sub-query PostgreSQL
     * runs once (an InitPlan) and stops after {@code COUNT_LIMIT + 1} rows, so a pager over a large set does not
     * read all of it, and the page keeps its own plan (an index in the list's order stops after the page). Only a
     * page past the end, which returns no row to carry the count, is counted on its own.
     */
    public <T> PageResult<T> page(ListQuery query, int pageSize, RowMapper<T> mapper) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("A page holds at least one row");
        }
        long offset = (long) (query.page() - 1) * pageSize;
        long[] total = {0};
        List<T> items = jdbc.sql("SELECT " + columns + ", (" + boundedCount() + ") AS listing_total FROM " + from
                        + where.sql() + " ORDER BY " + requireOrder() + " LIMIT :pageLimit OFFSET :pageOffset")
                .params(where.params()).param("pageLimit", pageSize).param("pageOffset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("listing_total");
                    return mapper.mapRow(rs, n);
                }).list();
        if (items.isEmpty() && offset > 0) {
            total[0] = jdbc.sql("SELECT (" + boundedCount() + ")").params(where.params()).query(Long.class).single();
        }
        return new PageResult<>(items, query.page(), total[0], pageSize);
    }

    /** A page, the number of all its rows and their totals ({@link #pageWithTotals}). */
    public record Totalled<T, S>(PageResult<T> page, S totals) {
    }

    /**
     * The query's page with the number of all its rows and their totals, the count and the totals from one scan in
     * the page's statement (a derived table PostgreSQL computes once). {@code totals} is a select list of aggregates
     * over the tables of {@code countFrom}, each named so that no page column has its name (e.g.
     * {@code coalesce(sum(b.amount), 0) AS total_amount}); {@code totalsMapper} reads them, and {@code listing_total},
     * the count, from the first row. The count is exact, as the totals read every row anyway. When the page is empty
     * the count and totals are read on their own.
     */
    public <T, S> Totalled<T, S> pageWithTotals(ListQuery query, int pageSize, RowMapper<T> mapper, String totals,
                                                 RowMapper<S> totalsMapper) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("A page holds at least one row");
        }
        String aggregates = "SELECT count(*) AS listing_total, " + Where.requireCode(totals) + " FROM " + countFrom
                + where.sql();
        long offset = (long) (query.page() - 1) * pageSize;
        long[] total = {0};
        List<S> summed = new java.util.ArrayList<>(1);
        List<T> items = jdbc.sql("SELECT " + columns + ", listing_totals.* FROM " + from + " CROSS JOIN ("
                        + aggregates + ") listing_totals" + where.sql() + " ORDER BY " + requireOrder()
                        + " LIMIT :pageLimit OFFSET :pageOffset")
                .params(where.params()).param("pageLimit", pageSize).param("pageOffset", offset)
                .query((rs, n) -> {
                    if (n == 0) {
                        total[0] = rs.getLong("listing_total");
                        summed.add(totalsMapper.mapRow(rs, n));
                    }
                    return mapper.mapRow(rs, n);
                }).list();
        if (items.isEmpty()) {
            jdbc.sql(aggregates).params(where.params()).query((rs, n) -> {
                total[0] = rs.getLong("listing_total");
                return summed.add(totalsMapper.mapRow(rs, n));
            }).list();
        }
        return new Totalled<>(new PageResult<>(items, query.page(), total[0], pageSize), summed.get(0));
    }

    /** Every row in order, at most {@code limit}: for exports and short lists. */
    public <T> List<T> all(int limit, Class<T> type) {
        return all(limit, Rows.of(type));
    }

    public <T> List<T> all(int limit, RowMapper<T> mapper) {
        return jdbc.sql(select() + " LIMIT :pageLimit").params(where.params()).param("pageLimit", limit)
                .query(mapper).list();
    }

    /** Rows an export fetches from the database at a time ({@link #forEach}). */
    static final int FETCH_SIZE = 500;

    /**
     * Every row in order, at most {@code limit}, handed to {@code each} as the database sends them,
     * {@value #FETCH_SIZE} at a time through a cursor: for exports, whose memory must not grow with their rows.
     * PostgreSQL keeps a cursor only inside a transaction, so this requires one (a read-only service method).
     */
    public <T> void forEach(int limit, RowMapper<T> mapper, Consumer<? super T> each) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An export streams its rows through a cursor, which needs a transaction");
        }
        try (Stream<T> rows = jdbc.sql(select() + " LIMIT :pageLimit").withFetchSize(FETCH_SIZE)
                .params(where.params()).param("pageLimit", limit).query(mapper).stream()) {
            rows.forEach(each);
        }
    }

    public <T> void forEach(int limit, Class<T> type, Consumer<? super T> each) {
        forEach(limit, Rows.of(type), each);
    }

    /** How many rows the conditions select, all of them counted (a pager counts at most {@link #COUNT_LIMIT} + 1). */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM " + countFrom + where.sql()).params(where.params()).query(Long.class).single();
    }

    /**
     * Counts at most {@code COUNT_LIMIT + 1} rows. Written as a sub-query of the page, its tables shadow the page's:
     * the conditions must use only the tables of {@code countFrom} (as a separate count always required).
     */
    private String boundedCount() {
        return "SELECT count(*) FROM (SELECT 1 FROM " + countFrom + where.sql() + " LIMIT " + (COUNT_LIMIT + 1)
                + ") listing_counted";
    }

    private String select() {
        return "SELECT " + columns + " FROM " + from + where.sql() + " ORDER BY " + requireOrder();
    }

    private String requireOrder() {
        if (orderBy == null) {
            throw new IllegalStateException("A list needs an order: " + from);
        }
        return orderBy;
    }
}
