package org.houqin.platform.web;

import java.util.List;

/**
 * One page of a list, with what the pager needs. A large list is counted only up to {@link #COUNT_LIMIT} + 1 rows:
 * its pager then shows "10,000+" ({@link #shownTotal}) and a next page while this one is full.
 */
public record PageResult<T>(List<T> items, int page, long total, int pageSize) {

    /** The most rows a pager counts exactly. */
    public static final int COUNT_LIMIT = 10_000;

    public PageResult(List<T> items, int page, long total) {
        this(items, page, total, ListQuery.PAGE_SIZE);
    }

    /** Whether the list holds more rows than were counted. */
    public boolean moreThanCounted() {
        return total > COUNT_LIMIT;
    }

    /** The number of rows for the pager: the count, or "10,000+" above {@link #COUNT_LIMIT}. */
    public Object shownTotal() {
        return moreThanCounted() ? String.format("%,d+", COUNT_LIMIT) : total;
    }

    /** The number of pages for the pager: "501+" when the list holds more rows than were counted. */
    public Object shownPages() {
        return moreThanCounted() ? String.format("%,d+", Math.max(page, totalPages())) : totalPages();
    }

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages() || moreThanCounted() && items.size() == pageSize;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
