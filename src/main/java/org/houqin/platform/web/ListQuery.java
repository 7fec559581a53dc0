package org.houqin.platform.web;

/**
 * What a list page was asked for: a search text, a sort key from the page's whitelist, a direction and a page.
 * Bound from the query string, so every list supports the same parameters: {@code q, sort, dir, page}.
 */
public record ListQuery(String q, String sort, String dir, Integer page) {

    public static final int PAGE_SIZE = 20;

    public ListQuery {
        q = q == null ? "" : q.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        page = page == null || page < 1 ? 1 : Math.min(page, 100_000);
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
        return (page - 1) * PAGE_SIZE;
    }

}
