package org.houqin.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An export's rows streamed from the database through a cursor, in the list's order, up to its limit. */
class ListingStreamTest extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void handsEveryRowOverInTheListsOrderUpToTheLimit() {
        List<Long> seen = new ArrayList<>();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> Listing.of(jdbc, "g.n", "generate_series(1, 1250) g(n)")
                .where(Where.of().and("g.n % 5 <> :skipped", "skipped", 0)).orderBy("g.n DESC")
                .forEach(900, (rs, n) -> rs.getLong("n"), seen::add));

        // more rows than one fetch (500), fewer than the 1,000 the conditions select
        assertThat(seen).hasSize(900).startsWith(1249L, 1248L, 1247L, 1246L, 1244L).doesNotContain(1245L);
        assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void needsATransactionForItsCursor() {
        Listing listing = Listing.of(jdbc, "g.n", "generate_series(1, 10) g(n)").orderBy("g.n");

        assertThatThrownBy(() -> listing.forEach(10, (rs, n) -> rs.getLong("n"), n -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("transaction");
    }
}
