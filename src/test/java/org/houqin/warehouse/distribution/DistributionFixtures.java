package org.houqin.warehouse.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.WebUser;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A store of its own with textbooks in it, and distribution plans made, started and handed over through the pages. */
public final class DistributionFixtures {

    private static final AtomicInteger STORES = new AtomicInteger();

    private final JdbcClient jdbc;
    private final long school;
    final long store;
    private final String suffix;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final TransactionTemplate transaction;

    DistributionFixtures(JdbcClient jdbc, Catalogue catalogue, StockLedger ledger, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.transaction = transaction;
        this.school = Demo.schoolId(jdbc);
        this.suffix = STORES.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        this.store = SystemWork.call(() -> transaction.execute(status ->
                catalogue.addStore(school, "FT" + suffix, "教材测试库" + suffix)));
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** A new textbook in this store, with this much received ten days ago at this price. */
    long textbook(String name, String quantity, String price) {
        String code = "FFT-" + name.hashCode() % 1000 + "-" + suffix;
        long category = Demo.count(jdbc, "SELECT id FROM warehouse.item_category WHERE school_id = ? AND name = '教材'",
                school);
        return SystemWork.call(() -> transaction.execute(status -> {
            long item = catalogue.addItem(school, code, name, "测试版", "本", category, BigDecimal.ZERO, store);
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(item, store, new BigDecimal(quantity),
                    new BigDecimal(price), LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10), "QC", null, null,
                    "期初"));
            return item;
        }));
    }

    /** More of an item arrives today. */
    void receive(long item, String quantity) {
        SystemWork.run(() -> transaction.executeWithoutResult(status -> ledger.stockIn(school, MovementKind.RECEIPT,
                new StockLedger.Line(item, store, new BigDecimal(quantity), BigDecimal.TEN,
                        LocalDate.now(ZoneId.of("Asia/Shanghai")), "QC", null, null, "补货"))));
    }

    long grade(String name) {
        return Demo.count(jdbc, "SELECT id FROM organization.grade WHERE school_id = ? AND name = ?", school, name);
    }

    /** The plan form with lines of grade name, item id, per student and extra per class. */
    Map<String, String> planForm(String name, Object... gradeItemEachExtra) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("semesterId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM organization.semester WHERE school_id = ? AND current", school)));
        form.put("storeId", String.valueOf(store));
        for (int i = 0; i < gradeItemEachExtra.length / 4; i++) {
            form.put("lines[" + i + "].gradeId", String.valueOf(grade((String) gradeItemEachExtra[4 * i])));
            form.put("lines[" + i + "].itemId", String.valueOf(gradeItemEachExtra[4 * i + 1]));
            form.put("lines[" + i + "].perStudent", String.valueOf(gradeItemEachExtra[4 * i + 2]));
            form.put("lines[" + i + "].extraPerClass", String.valueOf(gradeItemEachExtra[4 * i + 3]));
        }
        return form;
    }

    static long created(WebUser.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return Long.parseLong(page.location().replaceAll(".*/warehouse/distributions/(\\d+)$", "$1"));
    }

    /** A plan drafted and started by this user, each redirect followed as a browser would (taking its flash). */
    long started(WebUser user, String name, Object... gradeItemEachExtra) {
        long plan = created(user.post("/warehouse/distributions", planForm(name, gradeItemEachExtra)));
        user.get("/warehouse/distributions/" + plan);
        WebUser.Page start = user.post("/warehouse/distributions/" + plan + "/start",
                Map.of("version", String.valueOf(version(plan))));
        assertThat(start.status()).as(start.body()).isEqualTo(302);
        user.get("/warehouse/distributions/" + plan);
        return plan;
    }

    String status(long plan) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM warehouse.distribution WHERE id = ?").param(plan)
                .query(String.class).single());
    }

    int version(long plan) {
        return (int) Demo.count(jdbc, "SELECT version FROM warehouse.distribution WHERE id = ?", plan);
    }

    long classRow(long plan, String className) {
        return Demo.count(jdbc, "SELECT id FROM warehouse.distribution_class WHERE distribution_id = ? AND class_name = ?",
                plan, className);
    }

    String classStatus(long classRow) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM warehouse.distribution_class WHERE id = ?")
                .param(classRow).query(String.class).single());
    }

    int classVersion(long classRow) {
        return (int) Demo.count(jdbc, "SELECT version FROM warehouse.distribution_class WHERE id = ?", classRow);
    }

    /** The class's list lines in plan order. */
    List<Long> classLines(long classRow) {
        return Demo.ids(jdbc, """
                SELECT x.id FROM warehouse.distribution_class_line x JOIN warehouse.distribution_line l ON l.id = x.line_id
                WHERE x.distribution_class_id = ? ORDER BY l.position""", classRow);
    }

    BigDecimal required(long classRow, long item) {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT required FROM warehouse.distribution_class_line WHERE distribution_class_id = ? AND item_id = ?""")
                .params(classRow, item).query(BigDecimal.class).single());
    }

    int headCount(String className) {
        return (int) Demo.count(jdbc, """
                SELECT c.head_count FROM organization.school_class c JOIN organization.grade g ON g.id = c.grade_id
                WHERE c.school_id = ? AND g.name || c.name = ?""", school, className);
    }

    BigDecimal balance(long item) {
        return Demo.asSystem(() -> jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM warehouse.balance WHERE item_id = ?")
                .param(item).query(BigDecimal.class).single());
    }

    /** The hand-over as the storekeeper's tablet sends it: quantities per line, receiver, signature, reason. */
    Map<String, String> handover(long classRow, String receiver, String reason, Object... quantities) {
        Map<String, String> form = new HashMap<>();
        form.put("issuedOn", today());
        form.put("receiverName", receiver);
        form.put("signature", Images.signature());
        if (reason != null) {
            form.put("shortageReason", reason);
        }
        return withQuantities(form, classRow, quantities);
    }

    Map<String, String> giveBack(long classRow, String by, String reason, Object... quantities) {
        Map<String, String> form = new HashMap<>();
        form.put("returnedOn", today());
        form.put("returnedBy", by);
        form.put("reason", reason);
        return withQuantities(form, classRow, quantities);
    }

    private Map<String, String> withQuantities(Map<String, String> form, long classRow, Object... quantities) {
        form.put("version", String.valueOf(classVersion(classRow)));
        List<Long> lines = classLines(classRow);
        for (int i = 0; i < quantities.length; i++) {
            form.put("lines[" + i + "].classLineId", String.valueOf(lines.get(i)));
            form.put("lines[" + i + "].quantity", String.valueOf(quantities[i]));
        }
        return form;
    }

    static String classPath(long plan, long classRow) {
        return "/warehouse/distributions/" + plan + "/classes/" + classRow;
    }
}
