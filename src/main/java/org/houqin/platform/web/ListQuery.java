package org.houqin.platform.web;

/**
 * What a list was asked for: a search text, a sort key from the list's whitelist, a direction, a page and its size.
 * Bound from the query string, so every list page and every list endpoint supports the same parameters:
 * {@code q, sort, dir, page, size}. The size is {@value #PAGE_SIZE} unless asked, at most {@value #MAX_SIZE}.
 */
public record ListQuery(String q, String sort, String dir, Integer page, Integer size) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public ListQuery {
        q = q == null ? "" : q.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        page = page == null || page < 1 ? 1 : Math.min(page, 100_000);
        size = size == null || size < 1 ? PAGE_SIZE : Math.min(size, MAX_SIZE);
    }

    /** A query for the default page size. */
    public ListQuery(String q, String sort, String dir, Integer page) {
        this(q, sort, dir, page, null);
    }

    public boolean descending() {
        return "desc".equalsIgnoreCase(dir);
    }

    /** The search text as a LIKE pattern with its wildcards escaped. */
    public String likePattern() {
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public boolean hasSearch() {
        return !q.isEmpty();
    }

    public int offset() {
        return (page - 1) * size;
    }

}
