package org.houqin.platform.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.houqin.platform.web.ListQuery;
import org.junit.jupiter.api.Test;

/** What a listing refuses before it reaches the database (the pages themselves: {@code RoomListPagesTest}). */
class ListingTest {

    private final ListQuery first = new ListQuery(null, null, null, 1);

    @Test
    void refusesSqlThatCodeNeverWrites() {
        assertThatThrownBy(() -> Listing.of(null, "r.id; DELETE FROM places.room", "places.room r"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Listing.of(null, "r.id", "places.room r -- ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Listing.of(null, "r.id", "places.room r").orderBy("r.code; DROP TABLE places.room"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Listing.of(null, "r.id", "places.room r").countFrom("places.room r /* */"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListNeedsAnOrderAndAPageAtLeastOneRow() {
        Listing unordered = Listing.of(null, "r.id", "places.room r");
        assertThatThrownBy(() -> unordered.all(10, (rs, n) -> rs.getLong(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> unordered.orderBy("r.id").page(first, 0, (rs, n) -> rs.getLong(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
