package org.houqin.warehouse.stock;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.houqin.iam.IamApi;
import org.houqin.notifications.Notifications;
import org.houqin.platform.db.Rows;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.time.SchoolClock;
import org.houqin.warehouse.WarehousePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 库存预警 every morning, once across all nodes: items that fell below their reorder point, and items with stock
 * that nothing has happened to for {@code houqin.warehouse.slow-moving-days} (呆滞), are told to the storekeepers —
 * once each time it happens (a slow item is told again only after it has moved), not every day.
 */
@Component
public class StockAlertJobs {

    private static final Logger log = LoggerFactory.getLogger(StockAlertJobs.class);

    /** An item in a store that should be told about. */
    record Alert(long schoolId, long itemId, long storeId, String name, String storeName, String unit,
                 java.math.BigDecimal quantity, java.math.BigDecimal reorderPoint, Integer idleDays) {
    }

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final IamApi iam;
    private final TransactionTemplate transaction;
    private final SchoolClock clock;
    private final int slowMovingDays;

    StockAlertJobs(JdbcClient jdbc, Notifications notifications, IamApi iam, TransactionTemplate transaction, SchoolClock clock,
                @Value("${houqin.warehouse.slow-moving-days:180}") int slowMovingDays) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.iam = iam;
        this.transaction = transaction;
        this.clock = clock;
        this.slowMovingDays = slowMovingDays;
    }

    @Scheduled(cron = "${houqin.warehouse.alerts-cron:0 30 7 * * *}", zone = SchoolClock.SCHEDULE_ZONE)
    @SchedulerLock(name = "warehouse-alerts", lockAtMostFor = "PT30M")
    public void run() {
        SystemWork.run(() -> {
            int told = check();
            if (told > 0) {
                log.info("Warehouse: told the storekeepers about {} stock alerts", told);
            }
        });
    }

    /** Clears what recovered, raises and tells what is new; @return how many alerts were raised. */
    public int check() {
        Timestamp now = Timestamp.from(clock.now());
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE warehouse.stock_alert a SET cleared_at = ?
                    FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id
                    WHERE a.cleared_at IS NULL AND a.kind = 'LOW' AND b.item_id = a.item_id AND b.store_id = a.store_id
                      AND (b.quantity >= i.reorder_point OR NOT i.active)""").param(now).update();
            jdbc.sql("""
                    UPDATE warehouse.stock_alert a SET cleared_at = ?
                    WHERE a.cleared_at IS NULL AND a.kind = 'SLOW' AND EXISTS (
                      SELECT 1 FROM warehouse.movement m WHERE m.item_id = a.item_id AND m.store_id = a.store_id
                        AND m.quantity < 0 AND m.created_at > a.raised_at)""").param(now).update();
        });
        List<Alert> low = jdbc.sql("""
                SELECT b.school_id, b.item_id, b.store_id, i.name, s.name AS store_name, i.unit, b.quantity,
                       i.reorder_point, CAST(NULL AS int) AS idle_days
                FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id JOIN warehouse.store s ON s.id = b.store_id
                WHERE i.active AND s.active AND b.quantity < i.reorder_point
                  AND NOT EXISTS (SELECT 1 FROM warehouse.stock_alert a WHERE a.item_id = b.item_id
                                    AND a.store_id = b.store_id AND a.kind = 'LOW' AND a.cleared_at IS NULL)
                ORDER BY b.school_id, i.code LIMIT 2000""").query(Rows.of(Alert.class)).list();
        List<Alert> slow = jdbc.sql("""
                SELECT b.school_id, b.item_id, b.store_id, i.name, s.name AS store_name, i.unit, b.quantity,
                       i.reorder_point, CAST(CAST(? AS date) - last.day AS int) AS idle_days
                FROM warehouse.balance b JOIN warehouse.item i ON i.id = b.item_id JOIN warehouse.store s ON s.id = b.store_id
                CROSS JOIN LATERAL (SELECT max(m.occurred_on) AS day FROM warehouse.movement m
                                    WHERE m.item_id = b.item_id AND m.store_id = b.store_id) last
                WHERE i.active AND s.active AND b.quantity > 0
                  AND last.day <= CAST(? AS date) - ?
                  AND NOT EXISTS (SELECT 1 FROM warehouse.stock_alert a WHERE a.item_id = b.item_id
                                    AND a.store_id = b.store_id AND a.kind = 'SLOW' AND a.cleared_at IS NULL)
                ORDER BY b.school_id, i.code LIMIT 2000""")
                .params(today(), today(), slowMovingDays).query(Rows.of(Alert.class)).list();
        List<Alert> all = new ArrayList<>(low);
        all.addAll(slow);
        for (Alert alert : all) {
            transaction.executeWithoutResult(status -> raise(alert, now));
        }
        return all.size();
    }

    private void raise(Alert alert, Timestamp now) {
        boolean slow = alert.idleDays() != null;
        int inserted = jdbc.sql("""
                INSERT INTO warehouse.stock_alert (school_id, item_id, store_id, kind, raised_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(alert.schoolId(), alert.itemId(), alert.storeId(), slow ? "SLOW" : "LOW",
                now).update();
        if (inserted == 0) {
            return;
        }
        List<Long> keepers = iam.usersWithPermission(alert.schoolId(), WarehousePermissions.ITEM_WRITE).stream()
                .map(IamApi.UserRef::id).toList();
        String quantity = alert.quantity().stripTrailingZeros().toPlainString();
        if (slow) {
            notifications.notify(alert.schoolId(), keepers, "stock.alert.slow", List.of(alert.name(), alert.storeName(),
                    quantity, alert.unit(), String.valueOf(alert.idleDays())),
                    "/warehouse/stock/" + alert.itemId() + "/" + alert.storeId());
        } else {
            notifications.notify(alert.schoolId(), keepers, "stock.alert.low", List.of(alert.name(), alert.storeName(),
                    quantity, alert.unit(), alert.reorderPoint().stripTrailingZeros().toPlainString()),
                    "/warehouse/stock?low=true");
        }
    }

    private java.time.LocalDate today() {
        return clock.today();
    }
}
