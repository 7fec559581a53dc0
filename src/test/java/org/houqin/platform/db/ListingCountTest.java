package org.houqin.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** How a page counts its list: with the page, exactly up to 10,000 rows and as "10,000+" above. */
class ListingCountTest extends IntegrationTest {

    private static final String NUMBERS = "generate_series(1, 10050) g(n)";

    private PageResult<Long> page(int number, Where where) {
        return Listing.of(jdbc, "g.n", NUMBERS).where(where).orderBy("g.n")
                .page(new ListQuery(null, null, null, number), 20, (rs, n) -> rs.getLong("n"));
    }

    @Test
    void countsASmallListExactlyWithItsPage() {
        PageResult<Long> page = page(2, Where.of().and("g.n <= :last", "last", 45));

        assertThat(page.items()).containsExactly(21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L, 30L, 31L, 32L, 33L, 34L,
                35L, 36L, 37L, 38L, 39L, 40L);
        assertThat(page.total()).isEqualTo(45);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.shownTotal()).isEqualTo(45L);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void countsAPagePastTheEndOnItsOwn() {
        PageResult<Long> page = page(4, Where.of().and("g.n <= :last", "last", 45));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(45);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void anEmptyListCountsNothing() {
        PageResult<Long> page = page(1, Where.of().and("g.n < 0"));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void stopsCountingALargeListAboveTenThousandAndKeepsOfferingFullPages() {
        PageResult<Long> first = page(1, Where.of());
        PageResult<Long> beyondTheCount = page(502, Where.of());

        assertThat(first.total()).isEqualTo(PageResult.COUNT_LIMIT + 1);
        assertThat(first.moreThanCounted()).isTrue();
        assertThat(first.shownTotal()).isEqualTo(String.format("%,d+", 10_000));
        assertThat(first.shownPages()).isEqualTo(String.format("%,d+", 501));
        assertThat(beyondTheCount.items()).startsWith(10_021L).hasSize(20);
        assertThat(beyondTheCount.hasNext()).isTrue();
        assertThat(page(503, Where.of()).hasNext()).isFalse();
    }

    @Test
    void aPageCarriesTheCountAndTotalsOfEveryRowFromOneStatement() {
        Listing odd = Listing.of(jdbc, "g.n", NUMBERS).where(Where.of().and("g.n <= :last", "last", 45))
                .orderBy("g.n");
        String totals = "coalesce(sum(g.n), 0) AS total_sum";

        Listing.Totalled<Long, Long> second = odd.pageWithTotals(new ListQuery(null, null, null, 2), 20,
                (rs, n) -> rs.getLong("n"), totals, (rs, n) -> rs.getLong("total_sum"));
        Listing.Totalled<Long, Long> pastTheEnd = odd.pageWithTotals(new ListQuery(null, null, null, 4), 20,
                (rs, n) -> rs.getLong("n"), totals, (rs, n) -> rs.getLong("total_sum"));
        Listing.Totalled<Long, Long> none = Listing.of(jdbc, "g.n", NUMBERS).where(Where.of().and("g.n < 0"))
                .orderBy("g.n").pageWithTotals(new ListQuery(null, null, null, 1), 20, (rs, n) -> rs.getLong("n"),
                        totals, (rs, n) -> rs.getLong("total_sum"));

        assertThat(second.page().items()).hasSize(20).startsWith(21L).endsWith(40L);
        assertThat(second.page().total()).isEqualTo(45);
        assertThat(second.totals()).isEqualTo(45 * 46 / 2);
        assertThat(pastTheEnd.page().items()).isEmpty();
        assertThat(pastTheEnd.page().total()).isEqualTo(45);
        assertThat(pastTheEnd.totals()).isEqualTo(45 * 46 / 2);
        assertThat(none.page().total()).isZero();
        assertThat(none.totals()).isZero();
    }

    @Test
    void aFullCountStaysExact() {
        assertThat(Listing.of(jdbc, "g.n", NUMBERS).count()).isEqualTo(10_050);
    }
}
