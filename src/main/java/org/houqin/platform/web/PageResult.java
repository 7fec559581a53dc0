package org.houqin.platform.web;

import java.util.List;

/** One page of a list, with what the pager needs. */
public record PageResult<T>(List<T> items, int page, long total, int pageSize) {

    public PageResult(List<T> items, int page, long total) {
        this(items, page, total, ListQuery.PAGE_SIZE);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
