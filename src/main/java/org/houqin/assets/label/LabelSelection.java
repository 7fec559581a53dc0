package org.houqin.assets.label;

import java.util.List;

import org.houqin.platform.web.ListQuery;

/**
 * Which cards get labels: the ones named by {@code ids} (from a card's page), or else the ones the register's search
 * and filters find ({@link org.houqin.assets.register.AssetFilterParams}, bound beside it).
 */
public record LabelSelection(List<Long> ids, String q, String sort, String dir) {

    public LabelSelection {
        ids = ids == null ? List.of() : ids;
    }

    public boolean byIds() {
        return !ids.isEmpty();
    }

    /** By number unless the register was sorted otherwise, so a sheet reads in order. */
    ListQuery query() {
        return sort == null || sort.isBlank() ? new ListQuery(q, "number", "asc", 1) : new ListQuery(q, sort, dir, 1);
    }
}
