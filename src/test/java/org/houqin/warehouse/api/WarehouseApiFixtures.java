package org.houqin.warehouse.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.OtherSchoolDocuments;
import org.houqin.support.WebUser;
import org.houqin.warehouse.MovementKind;
import org.houqin.warehouse.catalogue.Catalogue;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the warehouse API tests share: a store of their own with items in stock (so that no other test's balances
 * move), reading the JSON answered, a command sent with {@code If-Match}, and documents of another school.
 */
final class WarehouseApiFixtures {

    private static final AtomicInteger STORES = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final TransactionTemplate transaction;
    final long school;
    final long store;
    final String suffix;

    WarehouseApiFixtures(JdbcClient jdbc, Catalogue catalogue, StockLedger ledger, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.transaction = transaction;
        this.school = Demo.schoolId(jdbc);
        this.suffix = STORES.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        this.store = newStore("接口测试库");
    }

    /** The user's token for the warehouse API tests, made once on the account page. */
    static String token(int port, String username) {
        return WebUser.token(port, username);
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    long newStore(String name) {
        String code = "API" + STORES.incrementAndGet() + "-" + (System.nanoTime() % 10_000);
        return SystemWork.call(() -> transaction.execute(status -> catalogue.addStore(school, code, name + code)));
    }

    /** A new item of this store with this much received ten days ago at 10 元 each. */
    long item(String name, String quantity) {
        return item(name, store, quantity);
    }

    long item(String name, long inStore, String quantity) {
        String code = "API-" + STORES.incrementAndGet() + "-" + suffix;
        long category = Demo.count(jdbc, "SELECT min(id) FROM warehouse.item_category WHERE school_id = ?", school);
        return SystemWork.call(() -> transaction.execute(status -> {
            long item = catalogue.addItem(school, code, name, "接口版", "本", category, BigDecimal.ZERO, inStore);
            ledger.stockIn(school, MovementKind.RECEIPT, new StockLedger.Line(item, inStore, new BigDecimal(quantity),
                    BigDecimal.TEN, LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10), "QC", null, null, "期初"));
            return item;
        }));
    }

    BigDecimal balance(long item, long inStore) {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT coalesce(sum(quantity), 0) FROM warehouse.balance WHERE item_id = ? AND store_id = ?""")
                .params(item, inStore).query(BigDecimal.class).single());
    }

    static JsonNode json(WebUser.Page page) {
        return JSON.readTree(page.body());
    }

    /** A JSON command with the version in an {@code If-Match} header instead of the body. */
    static WebUser.Page sendIfMatch(int port, String path, String body, String token, int version) {
        return send(port, "POST", path, body, token, "If-Match", "\"" + version + "\"");
    }

    /** A JSON request with a token and one header more (If-Match, Idempotency-Key). */
    static WebUser.Page send(int port, String method, String path, String body, String token, String header,
                             String value) {
        return WebUser.anonymous(port).sendJson(method, path, body, token, header, value);
    }

    /**
     * The id of a document of another school: table is one of requisition, receipt, transfer, write_off, stocktake,
     * distribution.
     */
    long anotherSchools(String table, OrganizationApi organization) {
        return OtherSchoolDocuments.warehouse(jdbc, transaction, organization, "WH-API-B", "第六中学", table);
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
