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
    void aFullCountStaysExact() {
        assertThat(Listing.of(jdbc, "g.n", NUMBERS).count()).isEqualTo(10_050);
    }
}
