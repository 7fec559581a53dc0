package org.houqin.warehouse.stocktake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.houqin.platform.web.RuleViolation;
import org.junit.jupiter.api.Test;

class StocktakeTest {

    private static Stocktake.Line line(long id, String book, String counted, String cost) {
        return new Stocktake.Line(id, new BigDecimal(book), counted == null ? null : new BigDecimal(counted),
                new BigDecimal(cost));
    }

    @Test
    void aCountMatchingTheBookIsPostedAtOnceAndDifferencesWaitForApproval() {
        Stocktake matching = new Stocktake(1, StocktakeStatus.COUNTING, 0,
                List.of(line(1, "10", "10", "2.5"), line(2, "0", "0", "1")));
        assertThat(matching.submit().none()).isTrue();
        assertThat(matching.status).isEqualTo(StocktakeStatus.POSTED);

        Stocktake different = new Stocktake(1, StocktakeStatus.COUNTING, 0,
                List.of(line(1, "10", "12", "2.5"), line(2, "400", "397", "21.5")));
        Stocktake.Differences differences = different.submit();
        assertThat(differences.gain()).isEqualByComparingTo("5.00");
        assertThat(differences.loss()).isEqualByComparingTo("64.50");
        assertThat(differences.total()).isEqualByComparingTo("69.50");
        assertThat(different.status).isEqualTo(StocktakeStatus.SUBMITTED);
    }

    @Test
    void aDifferenceOfAnItemWithoutValueStillNeedsApproval() {
        Stocktake free = new Stocktake(1, StocktakeStatus.COUNTING, 0, List.of(line(1, "3", "1", "0")));
        assertThat(free.submit().none()).isTrue();
        assertThat(free.status).isEqualTo(StocktakeStatus.SUBMITTED);
    }

    @Test
    void everyLineMustBeCountedBeforeSubmitting() {
        Stocktake half = new Stocktake(1, StocktakeStatus.COUNTING, 0,
                List.of(line(1, "10", "10", "1"), line(2, "5", null, "1"), line(3, "5", null, "1")));
        assertThatThrownBy(half::submit).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("stocktake.uncounted"))
                .satisfies(e -> assertThat(((RuleViolation) e).args()).containsExactly(2L));
        assertThat(half.status).isEqualTo(StocktakeStatus.COUNTING);
    }

    @Test
    void theApprovalsEndPostsReturnsForARecountOrRejectsAndASubmittedCountIsFrozen() {
        Stocktake approved = new Stocktake(1, StocktakeStatus.SUBMITTED, 0, List.of());
        approved.decided("APPROVED");
        assertThat(approved.status).isEqualTo(StocktakeStatus.POSTED);

        Stocktake returned = new Stocktake(1, StocktakeStatus.SUBMITTED, 0, List.of());
        assertThatThrownBy(returned::count).isInstanceOf(RuleViolation.class);
        returned.decided("RETURNED");
        returned.count();
        assertThat(returned.status).isEqualTo(StocktakeStatus.RETURNED);

        Stocktake rejected = new Stocktake(1, StocktakeStatus.SUBMITTED, 0, List.of());
        rejected.decided("REJECTED");
        assertThatThrownBy(rejected::cancel).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> rejected.decided("APPROVED")).isInstanceOf(RuleViolation.class);
    }
}
