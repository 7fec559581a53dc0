package org.houqin.warehouse.requisition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.houqin.warehouse.stock.StoreStockQueries.ItemStock;
import org.houqin.warehouse.stock.StoreStockQueries.StoreStock;
import org.junit.jupiter.api.Test;

/** When a line is above the stock, and where the issue form offers to take it from. */
class StockShortageTest {

    private static final long MAIN = 1;
    private static final long PRINT = 2;

    private static ItemStock paper(String inMain, String inPrint) {
        return new ItemStock(7, "包", PRINT, List.of(new StoreStock(MAIN, "总仓库", new BigDecimal(inMain)),
                new StoreStock(PRINT, "文印室", new BigDecimal(inPrint))));
    }

    private static RequisitionLineRow line(String asked, String issued, String availableHere) {
        return new RequisitionLineRow(11, 1, 7, "BG-001", "A4 复印纸", null, "包", new BigDecimal(asked),
                new BigDecimal(issued), null, new BigDecimal(availableHere));
    }

    @Test
    void aLineIsShortOnlyWhenItAsksMoreThanTheStoreHolds() {
        assertThat(StockShortage.exceeds(new BigDecimal("5.001"), new BigDecimal("5"))).isTrue();
        assertThat(StockShortage.exceeds(new BigDecimal("5"), new BigDecimal("5"))).isFalse();
        assertThat(StockShortage.exceeds(null, BigDecimal.ZERO)).isFalse();
        RequisitionForm.Line tooMuch = new RequisitionForm.Line(7L, new BigDecimal("8"), null);
        RequisitionForm.Line empty = new RequisitionForm.Line();
        assertThat(StockShortage.lines(List.of(empty, tooMuch), PRINT, Map.of(7L, paper("30", "5")))).containsExactly(1);
        assertThat(StockShortage.lines(List.of(tooMuch), MAIN, Map.of(7L, paper("30", "5")))).isEmpty();
    }

    @Test
    void theIssueFormOffersTheOwnStoreThenTheFullestOtherStoreThatHoldsAllThatIsLeft() {
        IssueForm.Line own = IssueSource.suggest(line("4", "0", "9"), PRINT, paper("30", "9"));
        assertThat(own.getFromStoreId()).isNull();
        assertThat(own.getQuantity()).isEqualByComparingTo("4");

        IssueForm.Line other = IssueSource.suggest(line("4", "1", "0"), PRINT, paper("30", "0"));
        assertThat(other.getFromStoreId()).isEqualTo(MAIN);
        assertThat(other.getQuantity()).isEqualByComparingTo("3");

        IssueForm.Line nowhere = IssueSource.suggest(line("40", "0", "2"), PRINT, paper("30", "2"));
        assertThat(nowhere.getFromStoreId()).as("no store holds all of it: what is here, for a part issue").isNull();
        assertThat(nowhere.getQuantity()).isEqualByComparingTo("2");
    }
}
