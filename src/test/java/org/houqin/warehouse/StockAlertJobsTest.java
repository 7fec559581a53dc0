package org.houqin.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockAlertJobs;
import org.houqin.warehouse.stock.StockLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 库存预警: the storekeepers hear once when an item falls below its reorder point or stops moving, again next time. */
class StockAlertJobsTest extends IntegrationTest {

    private static final AtomicInteger ITEMS = new AtomicInteger();

    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    StockAlertJobs alerts;
    @Autowired
    TransactionTemplate transaction;

    private long school;
    private long store;

    private long item(String name, String reorder, String stock, LocalDate received) {
        school = Demo.schoolId(jdbc);
        store = Demo.count(jdbc, "SELECT id FROM warehouse.store WHERE school_id = ? AND code = 'MAIN'", school);
        long category = Demo.count(jdbc, "SELECT min(id) FROM warehouse.item_category WHERE school_id = ?", school);
        String code = "AL-" + ITEMS.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        return SystemWork.call(() -> transaction.execute(status -> {
            long id = catalogue.addItem(school, code, name + code, null, "个", category, new BigDecimal(reorder), store);
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(id, store, new BigDecimal(stock),
                    BigDecimal.ONE, received, "QC", null, null, "期初"));
            return id;
        }));
    }

    private void move(long item, MovementKind kind, String quantity) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        SystemWork.run(() -> transaction.executeWithoutResult(status -> {
            StockLedger.Line line = new StockLedger.Line(item, store, new BigDecimal(quantity), BigDecimal.ONE, today,
                    "RQ", null, null, null);
            if (kind == MovementKind.ISSUE) {
                ledger.stockOut(school, kind, line);
            } else {
                ledger.stockIn(school, kind, line);
            }
        }));
    }

    private long told(String key, long item) {
        return Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                WHERE u.username = 'storekeeper' AND n.message_key = ? AND ? = ANY(n.args)""",
                key, Demo.asSystem(() -> jdbc.sql("SELECT name FROM warehouse.item WHERE id = ?").param(item)
                        .query(String.class).single()));
    }

    @Test
    void fallingBelowTheReorderPointIsToldOnceAndAgainAfterItRecovered() {
        long item = item("预警测试", "5", "10", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3));
        SystemWork.run(alerts::check);
        assertThat(told("stock.alert.low", item)).isZero();

        move(item, MovementKind.ISSUE, "6");
        SystemWork.run(alerts::check);
        SystemWork.run(alerts::check);
        assertThat(told("stock.alert.low", item)).isEqualTo(1);

        move(item, MovementKind.RECEIPT, "10");
        SystemWork.run(alerts::check);
        move(item, MovementKind.ISSUE, "12");
        SystemWork.run(alerts::check);
        assertThat(told("stock.alert.low", item)).isEqualTo(2);
        assertThat(told("stock.alert.slow", item)).isZero();
    }

    @Test
    void stockNobodyTookForHalfAYearIsToldAsSlowMovingUntilItMoves() {
        long item = item("呆滞测试", "0", "3", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(200));
        SystemWork.run(alerts::check);
        SystemWork.run(alerts::check);
        assertThat(told("stock.alert.slow", item)).isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.stock_alert WHERE item_id = ? AND kind = 'SLOW' AND cleared_at IS NULL",
                item)).isEqualTo(1);

        move(item, MovementKind.ISSUE, "1");
        SystemWork.run(alerts::check);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.stock_alert WHERE item_id = ? AND kind = 'SLOW' AND cleared_at IS NULL",
                item)).isZero();
        assertThat(told("stock.alert.slow", item)).isEqualTo(1);
    }
}
