package org.houqin.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.houqin.platform.security.SystemWork;
import org.houqin.platform.web.RuleViolation;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stock ledger under the races RELIABILITY.md names: the last item, a storm of issues, a back-dated issue, and a
 * ledger nobody can edit. Stock never goes below zero, and the balance is always the sum of the ledger.
 */
class StockLedgerTest extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final AtomicInteger ITEMS = new AtomicInteger();

    @Autowired
    StockLedger ledger;

    @Autowired
    Catalogue catalogue;

    @Autowired
    TransactionTemplate transaction;

    private long school;
    private long store;
    private long item;

    @BeforeEach
    void aStoreAndAFreshItem() {
        school = Demo.schoolId(jdbc);
        store = SystemWork.call(() -> catalogue.stores(school).stream().filter(s -> s.code().equals("TEST")).findFirst()
                .map(Catalogue.Store::id).orElseGet(() -> catalogue.addStore(school, "TEST", "测试仓库")));
        item = SystemWork.call(() -> catalogue.addItem(school, "T-" + ITEMS.incrementAndGet() + "-" + System.nanoTime(),
                "A4 复印纸", "70g 500张/包", "包", catalogue.categories(school).stream()
                        .filter(c -> c.name().equals("办公用品")).findFirst().orElseThrow().id(), BigDecimal.TEN, store));
    }

    private long in(String quantity, String unitCost, LocalDate on) {
        return SystemWork.call(() -> transaction.execute(status -> ledger.stockIn(school, MovementKind.RECEIPT,
                new StockLedger.Line(item, store, new BigDecimal(quantity), new BigDecimal(unitCost), on, "RK", null,
                        null, null))));
    }

    private long out(String quantity, LocalDate on) {
        return SystemWork.call(() -> transaction.execute(status -> ledger.stockOut(school, MovementKind.ISSUE,
                new StockLedger.Line(item, store, new BigDecimal(quantity), null, on, "CK", null, null, null))));
    }

    private StockLedger.Balance balance() {
        return SystemWork.call(() -> ledger.balance(school, item, store));
    }

    private BigDecimal ledgerSum() {
        return SystemWork.call(() -> jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM warehouse.movement WHERE item_id = ?")
                .param(item).query(BigDecimal.class).single());
    }

    /** Runs the tasks at the same moment; counts the ones refused for lack of stock, fails on anything else. */
    private int refusedOf(List<Callable<Long>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (Callable<Long> task : tasks) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            int refused = 0;
            for (Future<Long> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(RuleViolation.class);
                    assertThat(((RuleViolation) e.getCause()).messageKey()).isEqualTo("stock.insufficient");
                    refused++;
                }
            }
            return refused;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoPeopleTakingTheLastItemAtOnceOneGetsIt() throws Exception {
        for (int round = 0; round < 50; round++) {
            in("1", "20.00", DAY);
            int refused = refusedOf(List.of(() -> out("1", DAY), () -> out("1", DAY)), 2);
            assertThat(refused).as("round %d", round).isEqualTo(1);
            assertThat(balance().quantity()).isEqualByComparingTo("0");
        }
        assertThat(ledgerSum()).isEqualByComparingTo("0");
        assertThat(balance().amount()).isEqualByComparingTo("0");
    }

    @Test
    void aStormOfAHundredIssuesOnTenInStockGivesExactlyTen() throws Exception {
        in("10", "3.50", DAY);
        List<Callable<Long>> issues = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            issues.add(() -> out("1", DAY));
        }
        assertThat(refusedOf(issues, 16)).isEqualTo(90);
        assertThat(balance().quantity()).isEqualByComparingTo("0");
        assertThat(ledgerSum()).isEqualByComparingTo(balance().quantity());
        assertThat(balance().amount()).isEqualByComparingTo("0");
    }

    @Test
    void aBackDatedIssueThatWouldMakeALaterBalanceNegativeIsRefused() {
        in("5", "10.00", DAY);
        out("5", DAY.plusDays(10));
        assertThatThrownBy(() -> out("1", DAY.plusDays(5))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("stock.insufficient");
        assertThatThrownBy(() -> out("1", DAY.plusDays(20))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> out("1", DAY.minusDays(1))).as("before anything was received")
                .isInstanceOf(RuleViolation.class);

        in("3", "10.00", DAY.plusDays(2));
        out("2", DAY.plusDays(5));
        assertThat(balance().quantity()).isEqualByComparingTo("1");
        assertThat(ledgerSum()).isEqualByComparingTo("1");
    }

    @Test
    void issuesAreCostedAtTheMovingAverageAndTheLastUnitsTakeTheRest() {
        in("10", "2.00", DAY);
        in("20", "3.50", DAY);
        long issue = out("5", DAY.plusDays(1));
        StockLedger.Movement issued = SystemWork.call(() -> ledger.find(school, issue).orElseThrow());
        assertThat(issued.unitCost()).isEqualByComparingTo("3.0000");
        assertThat(issued.amount()).isEqualByComparingTo("-15.00");
        out("25", DAY.plusDays(2));
        assertThat(balance().quantity()).isEqualByComparingTo("0");
        assertThat(balance().amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void aMistakeIsCorrectedByAReversalOnceAndNeverByEditing() {
        long receipt = in("8", "5.00", DAY);
        long issue = out("3", DAY.plusDays(1));
        assertThatThrownBy(() -> SystemWork.run(() -> transaction.executeWithoutResult(status ->
                ledger.reverse(school, receipt, DAY.plusDays(2), "录错了")))).as("only 5 left of the 8 received")
                .isInstanceOf(RuleViolation.class);
        SystemWork.run(() -> transaction.executeWithoutResult(status -> ledger.reverse(school, issue, DAY.plusDays(2), "退回")));
        assertThat(balance().quantity()).isEqualByComparingTo("8");
        assertThat(balance().amount()).isEqualByComparingTo("40.00");
        assertThatThrownBy(() -> SystemWork.run(() -> transaction.executeWithoutResult(status ->
                ledger.reverse(school, issue, DAY.plusDays(3), "again")))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("stock.reversal.twice");

        assertThatThrownBy(() -> SystemWork.run(() -> jdbc.sql("UPDATE warehouse.movement SET quantity = 100 WHERE id = ?")
                .param(receipt).update())).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> SystemWork.run(() -> jdbc.sql("DELETE FROM warehouse.movement WHERE id = ?")
                .param(issue).update())).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> SystemWork.run(() -> jdbc.sql("UPDATE warehouse.balance SET quantity = 100 WHERE item_id = ?")
                .param(item).update())).rootCause().hasMessageContaining("permission denied");
        assertThat(balance().quantity()).isEqualByComparingTo("8");
    }
}
