package org.houqin.platform.api;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;

/**
 * The envelope of every list the API answers: one page of items, the page number (from 1), its size, and the number
 * of all items. A long list is counted up to 10,001: then {@code total} is 10,001 and {@code more} tells there are
 * further pages.
 */
@Schema(description = "One page of a list: items, page (from 1), size, total (counted up to 10,001) and whether a "
        + "next page exists")
public record ApiPage<T>(List<T> items, int page, int size, long total, boolean more) {

    public static <R, T> ApiPage<T> of(PageResult<R> result, Function<? super R, ? extends T> json) {
        return from(result, result.items().stream().<T>map(json).toList());
    }

    /** The page's rows already turned into their JSON, e.g. with names looked up for the whole page at once. */
    public static <T> ApiPage<T> from(PageResult<?> result, List<T> items) {
        return new ApiPage<>(items, result.page(), result.pageSize(), result.total(), result.hasNext());
    }

    /**
     * The query's page of a list bounded by the school's size and held whole (a school's schedules, its calendar), in
     * the order given.
     */
    public static <T> ApiPage<T> page(List<T> all, ListQuery query) {
        int from = Math.min(query.offset(), all.size());
        List<T> items = all.subList(from, Math.min(from + query.size(), all.size()));
        return from(new PageResult<>(items, query.page(), all.size(), query.size()), items);
    }

    /** A short list the API answers whole, e.g. the newest few. */
    public static <T> ApiPage<T> whole(List<T> items) {
        return new ApiPage<>(items, 1, Math.max(items.size(), 1), items.size(), false);
    }
}
