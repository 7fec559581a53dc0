package org.houqin.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.Race;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * The same form sent twice at once (a double click past the page's guard, a retry, a script) makes one document, and
 * so does the same API request with its Idempotency-Key.
 */
class DoubleSubmitTest extends IntegrationTest {

    private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"");

    private long id(String sql, Object... params) {
        return Demo.count(jdbc, sql, params);
    }

    private String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** The key the empty form was given, as the browser would post it back. */
    private static String keyOf(WebUser user, String newPage) {
        Matcher matcher = KEY.matcher(user.get(newPage).body());
        assertThat(matcher.find()).as("a submission key on " + newPage).isTrue();
        return matcher.group(1);
    }

    /** Posts the same form five times at once; all answers lead to one document, which is the only one made. */
    private void sentFiveTimesAtOnce(WebUser user, String path, Map<String, String> form, String table) throws Exception {
        long school = Demo.schoolId(jdbc);
        long before = id("SELECT count(*) FROM " + table + " WHERE school_id = ?", school);
        List<Callable<WebUser.Page>> sends = IntStream.range(0, 5)
                .<Callable<WebUser.Page>>mapToObj(i -> () -> user.post(path, form)).toList();
        List<WebUser.Page> answers = Race.of(sends);
        assertThat(answers).as(path).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(302));
        assertThat(answers.stream().map(WebUser.Page::location).distinct()).as(path).hasSize(1);
        assertThat(id("SELECT count(*) FROM " + table + " WHERE school_id = ?", school)).as(table)
                .isEqualTo(before + 1);
    }

    @Test
    void aReceiptSentFiveTimesAtOnceIsReceivedOnce() throws Exception {
        WebUser storekeeper = login("storekeeper");
        long school = Demo.schoolId(jdbc);
        long item = id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?", "BG-001", school);
        long store = id("SELECT id FROM warehouse.store WHERE code = ? AND school_id = ?", "PRINT", school);
        long movementsBefore = id("SELECT count(*) FROM warehouse.movement WHERE item_id = ?", item);
        Map<String, String> form = new HashMap<>(Map.of("storeId", String.valueOf(store), "receivedOn", today(),
                "supplier", "城区文具批发部", "source", "PURCHASE", "lines[0].itemId", String.valueOf(item),
                "lines[0].quantity", "10", "lines[0].unitPrice", "21.50"));
        form.put("submissionKey", keyOf(storekeeper, "/warehouse/receipts/new"));
        sentFiveTimesAtOnce(storekeeper, "/warehouse/receipts", form, "warehouse.receipt");
        assertThat(id("SELECT count(*) FROM warehouse.movement WHERE item_id = ?", item))
                .as("the stock went in once").isEqualTo(movementsBefore + 1);
    }

    @Test
    void aTransferSentFiveTimesAtOnceMovesTheStockOnce() throws Exception {
        WebUser storekeeper = login("storekeeper");
        long school = Demo.schoolId(jdbc);
        Map<String, String> form = new HashMap<>(Map.of(
                "fromStoreId", String.valueOf(id("SELECT id FROM warehouse.store WHERE code = ? AND school_id = ?",
                        "MAIN", school)),
                "toStoreId", String.valueOf(id("SELECT id FROM warehouse.store WHERE code = ? AND school_id = ?",
                        "PRINT", school)),
                "transferredOn", today(),
                "lines[0].itemId", String.valueOf(id("SELECT id FROM warehouse.item WHERE code = ? AND school_id = ?",
                        "BG-005", school)),
                "lines[0].quantity", "1"));
        form.put("submissionKey", keyOf(storekeeper, "/warehouse/transfers/new"));
        sentFiveTimesAtOnce(storekeeper, "/warehouse/transfers", form, "warehouse.transfer");
    }

    @Test
    void anAssetCardSentFiveTimesAtOnceIsRegisteredOnce() throws Exception {
        WebUser storekeeper = login("storekeeper");
        long school = Demo.schoolId(jdbc);
        Map<String, String> form = new HashMap<>(Map.of("name", "重复提交的投影仪",
                "categoryId", String.valueOf(id("SELECT id FROM assets.category WHERE code = ? AND school_id = ?",
                        "2320000", school)),
                "purchasedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).toString(), "quantity", "1",
                "unitValue", "6000.00", "fundingSource", "FISCAL"));
        form.put("submissionKey", keyOf(storekeeper, "/assets/new"));
        sentFiveTimesAtOnce(storekeeper, "/assets", form, "assets.asset");
        assertThat(id("SELECT count(*) FROM assets.asset WHERE name = ? AND school_id = ?", "重复提交的投影仪", school))
                .isEqualTo(1);
    }

    @Test
    void aFormShownTwiceGetsTwoKeysSoTwoRealReceiptsStayTwo() {
        WebUser storekeeper = login("storekeeper");
        assertThat(keyOf(storekeeper, "/warehouse/receipts/new"))
                .isNotEqualTo(keyOf(storekeeper, "/warehouse/receipts/new"));
    }

    @Test
    void theSameApiRequestWithItsIdempotencyKeyMakesOneRepair() throws Exception {
        WebUser teacher = login("teacher");
        String token = teacher.newToken("重复提交测试");
        long before = id("SELECT count(*) FROM repairs.request WHERE description = ?", "接口重复提交的灯管");
        long category = id("SELECT id FROM repairs.category WHERE name = ? AND school_id = ?", "照明",
                Demo.schoolId(jdbc));
        String body = "{\"location\":\"三楼走廊\",\"categoryId\":" + category
                + ",\"description\":\"接口重复提交的灯管\"}";
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/repairs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Idempotency-Key", "retry-of-order-4711")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        List<HttpResponse<String>> answers = Race.of(IntStream.range(0, 4)
                .<Callable<HttpResponse<String>>>mapToObj(i -> () -> client.send(request,
                        HttpResponse.BodyHandlers.ofString())).toList());
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201));
        assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
        assertThat(id("SELECT count(*) FROM repairs.request WHERE description = ?", "接口重复提交的灯管"))
                .isEqualTo(before + 1);
    }
}
