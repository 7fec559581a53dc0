package org.houqin.warehouse.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.SystemWork;
import org.houqin.support.Demo;
import org.houqin.support.OtherSchool;
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
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** One token per user for all these tests: a user holds at most 20, and other tests make theirs too. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

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
        return TOKENS.computeIfAbsent(port + "/" + username,
                key -> WebUser.login(port, username, "houqin").newToken("仓库接口测试"));
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
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).header(header, value)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new WebUser.Page(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id of a document of another school: table is one of requisition, receipt, transfer, write_off, stocktake,
     * distribution.
     */
    long anotherSchools(String table, OrganizationApi organization) {
        OtherSchool.assetCard(jdbc, transaction, organization, "WH-API-B", "第六中学");
        return Demo.asSystem(() -> transaction.execute(status -> {
            long other = jdbc.sql("SELECT id FROM organization.school WHERE code = 'WH-API-B'").query(Long.class)
                    .single();
            long storeA = otherStore(other, "OA");
            long storeB = otherStore(other, "OB");
            String number = "X-" + (System.nanoTime() % 1_000_000_000);
            return switch (table) {
                case "receipt" -> insert("""
                        INSERT INTO warehouse.receipt (school_id, number, store_id, received_on, total)
                        VALUES (?, ?, ?, current_date, 0) RETURNING id""", other, number, storeA);
                case "transfer" -> insert("""
                        INSERT INTO warehouse.transfer (school_id, number, from_store_id, to_store_id, transferred_on,
                               created_by_name) VALUES (?, ?, ?, ?, current_date, '外校') RETURNING id""",
                        other, number, storeA, storeB);
                case "write_off" -> insert("""
                        INSERT INTO warehouse.write_off (school_id, number, store_id, reason, written_on, note, status,
                               created_by_name) VALUES (?, ?, ?, 'LOST', current_date, '外校', 'SUBMITTED', '外校')
                        RETURNING id""", other, number, storeA);
                case "stocktake" -> insert("""
                        INSERT INTO warehouse.stocktake (school_id, number, store_id, counted_on, status,
                               created_by_name, created_at) VALUES (?, ?, ?, current_date, 'CANCELLED', '外校', now())
                        RETURNING id""", other, number, storeA);
                case "requisition" -> insert("""
                        INSERT INTO warehouse.requisition (school_id, number, store_id, requester_user_id,
                               requester_name, purpose, status, submitted_at)
                        VALUES (?, ?, ?, ?, '外校老师', '外校领用', 'APPROVED', now()) RETURNING id""",
                        other, number, storeA, Demo.userId(jdbc, "teacher"));
                default -> insert("""
                        INSERT INTO warehouse.distribution (school_id, number, name, semester_id, semester_name,
                               store_id, status, created_by_name, created_at)
                        VALUES (?, ?, '外校教材', ?, '外校学期', ?, 'DRAFT', '外校', now()) RETURNING id""",
                        other, number, otherSemester(other), storeA);
            };
        }));
    }

    private long otherStore(long other, String code) {
        return jdbc.sql("SELECT id FROM warehouse.store WHERE school_id = ? AND code = ?").params(other, code)
                .query(Long.class).optional().orElseGet(() -> insert("""
                        INSERT INTO warehouse.store (school_id, code, name) VALUES (?, ?, ?) RETURNING id""",
                        other, code, "外校仓库" + code));
    }

    private long otherSemester(long other) {
        return jdbc.sql("SELECT id FROM organization.semester WHERE school_id = ? LIMIT 1").param(other)
                .query(Long.class).optional().orElseGet(() -> {
                    long year = insert("""
                            INSERT INTO organization.school_year (school_id, name, starts_on, ends_on)
                            VALUES (?, '外校学年', current_date - 30, current_date + 300) RETURNING id""", other);
                    return insert("""
                            INSERT INTO organization.semester (school_id, school_year_id, name, starts_on, ends_on)
                            VALUES (?, ?, '外校学期', current_date - 30, current_date + 120) RETURNING id""",
                            other, year);
                });
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
