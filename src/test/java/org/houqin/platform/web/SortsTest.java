package org.houqin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortsTest {

    private final Sorts sorts = Sorts.of("code", "r.code", "name", "r.name");

    @Test
    void usesTheWhitelistedExpressionAndDirection() {
        assertThat(sorts.orderBy(new ListQuery(null, "name", "desc", 1))).isEqualTo("r.name DESC NULLS LAST");
    }

    @Test
    void ordersAKeyThatIsNeverNullDescendingAsAnIndexWalkedBackwardsDoes() {
        Sorts neverNull = Sorts.of("code", "r.code", "name", "r.name", "area", "r.area").neverNull("code", "name");

        assertThat(neverNull.orderBy(new ListQuery(null, "name", "desc", 1))).isEqualTo("r.name DESC");
        assertThat(neverNull.orderBy(new ListQuery(null, "name", "asc", 1))).isEqualTo("r.name ASC NULLS LAST");
        assertThat(neverNull.orderBy(new ListQuery(null, "area", "desc", 1))).isEqualTo("r.area DESC NULLS LAST");
    }

    @Test
    void fallsBackToTheDefaultForAnUnknownKey() {
        assertThat(sorts.orderBy(new ListQuery(null, "name; DROP TABLE places.room", "asc", 1)))
                .isEqualTo("r.code ASC NULLS LAST");
        assertThat(sorts.key(new ListQuery(null, null, null, null))).isEqualTo("code");
    }

    @Test
    void escapesLikeWildcardsAndBoundsTheQuery() {
        ListQuery query = new ListQuery(" 50%_off\\ ", null, null, -3);
        assertThat(query.likePattern()).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(query.page()).isEqualTo(1);
        assertThat(new ListQuery("x".repeat(500), null, null, 2).q()).hasSize(100);
        assertThat(new ListQuery(null, null, null, 3).offset()).isEqualTo(2 * ListQuery.PAGE_SIZE);
    }
}
