package org.houqin.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.Race;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 防重复提交 over the API: a create sent again with its Idempotency-Key answers the document the first one made, and
 * so do two sent at the same moment. DoubleSubmitTest proves it for the pages' forms and for four repair reports at
 * once; here the asset register and requisitions over JSON, and what decides: the key, not the body, and only for a
 * create that was accepted.
 */
class ApiIdempotencyTest extends IntegrationTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();

    private String tokenOf(String username) {
        return TOKENS.computeIfAbsent(username, name -> login(name).newToken("防重复提交"));
    }

    private long school() {
        return Demo.schoolId(jdbc);
    }

    private String card(String name) {
        return """
                {"name": "%s", "categoryId": %d, "purchasedOn": "%s", "quantity": 1, "unitValue": 4200.00,
                 "fundingSource": "FISCAL"}""".formatted(name,
                Demo.count(jdbc, "SELECT id FROM assets.category WHERE code = '2320000' AND school_id = ?", school()),
                LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(2));
    }

    private String requisition(String purpose) {
        long store = Demo.count(jdbc, "SELECT id FROM warehouse.store WHERE code = 'MAIN' AND school_id = ?", school());
        long item = Demo.count(jdbc, "SELECT id FROM warehouse.item WHERE code = 'BG-006' AND school_id = ?", school());
        return """
                {"storeId": %d, "purpose": "%s", "lines": [{"itemId": %d, "quantity": 1}], "shortageAccepted": true}"""
                .formatted(store, purpose, item);
    }

    private String repair(String description) {
        long category = Demo.count(jdbc, "SELECT id FROM repairs.category WHERE name = '照明' AND school_id = ?",
                school());
        return """
                {"location": "三楼走廊", "categoryId": %d, "description": "%s"}""".formatted(category, description);
    }

    private HttpResponse<String> post(String path, String username, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokenOf(username)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode created(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JsonMapper.shared().readTree(answer.body());
    }

    /** Both answers created, and both name the same document by id and number. */
    private static long sameDocument(HttpResponse<String> first, HttpResponse<String> second) {
        JsonNode one = created(first);
        JsonNode other = created(second);
        assertThat(other.path("id").asLong()).isEqualTo(one.path("id").asLong());
        assertThat(other.path("number").asString()).isEqualTo(one.path("number").asString()).isNotBlank();
        return one.path("id").asLong();
    }

    private static String unique(String text) {
        return text + UUID.randomUUID().toString().substring(0, 8);
    }

    private long count(String sql, Object... params) {
        return Demo.count(jdbc, sql, params);
    }

    @Test
    void anAssetCardSentTwiceWithOneKeyIsRegisteredOnce() {
        String name = unique("重试的投影仪");
        String key = UUID.randomUUID().toString();
        long id = sameDocument(post("/api/v1/assets", "storekeeper", key, card(name)),
                post("/api/v1/assets", "storekeeper", key, card(name)));
        assertThat(count("SELECT count(*) FROM assets.asset WHERE name = ?", name)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit.log_entry WHERE entity = 'asset' AND entity_id = ?",
                String.valueOf(id))).as("registered once in the audit log too").isEqualTo(1);
    }

    @Test
    void twoAssetCardsSentAtOnceWithOneKeyAreOneCardThatBothAnswersName() throws Exception {
        String name = unique("同时提交的投影仪");
        String key = "asset-order-" + UUID.randomUUID();
        List<HttpResponse<String>> answers = Race.of(() -> post("/api/v1/assets", "storekeeper", key, card(name)),
                () -> post("/api/v1/assets", "storekeeper", key, card(name)));
        sameDocument(answers.get(0), answers.get(1));
        assertThat(count("SELECT count(*) FROM assets.asset WHERE name = ?", name)).isEqualTo(1);
    }

    @Test
    void aRequisitionSentTwiceWithOneKeyIsRequestedAndSubmittedForApprovalOnce() {
        String purpose = unique("重试的领用");
        String key = UUID.randomUUID().toString();
        long id = sameDocument(post("/api/v1/requisitions", "teacher", key, requisition(purpose)),
                post("/api/v1/requisitions", "teacher", key, requisition(purpose)));
        assertThat(count("SELECT count(*) FROM warehouse.requisition WHERE purpose = ?", purpose)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM approval.request WHERE document_type = 'RQ' AND document_id = ?", id))
                .as("one submission for approval").isEqualTo(1);
    }

    @Test
    void twoRequisitionsSentAtOnceWithOneKeyAreOneRequisitionThatBothAnswersName() throws Exception {
        String purpose = unique("同时提交的领用");
        String key = "requisition-" + UUID.randomUUID();
        List<HttpResponse<String>> answers = Race.of(
                () -> post("/api/v1/requisitions", "teacher", key, requisition(purpose)),
                () -> post("/api/v1/requisitions", "teacher", key, requisition(purpose)));
        long id = sameDocument(answers.get(0), answers.get(1));
        assertThat(count("SELECT count(*) FROM warehouse.requisition WHERE purpose = ?", purpose)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM approval.request WHERE document_type = 'RQ' AND document_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void twoReportsAlikeWithTwoKeysAreTwoRepairs() {
        String description = unique("两次真实的报修");
        long first = created(post("/api/v1/repairs", "teacher", UUID.randomUUID().toString(), repair(description)))
                .path("id").asLong();
        long second = created(post("/api/v1/repairs", "teacher", UUID.randomUUID().toString(), repair(description)))
                .path("id").asLong();
        assertThat(second).as("the key decides, not the body").isNotEqualTo(first);
        assertThat(count("SELECT count(*) FROM repairs.request WHERE description = ?", description)).isEqualTo(2);
    }

    @Test
    void aRefusedReportLeavesNoKeyBehindSoItsCorrectedRetryIsReported() {
        String description = unique("改正后重发的报修");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = post("/api/v1/repairs", "teacher", key,
                repair(description).replaceFirst("\"categoryId\": \\d+", "\"categoryId\": null"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"categoryId\"");
        JsonNode retried = created(post("/api/v1/repairs", "teacher", key, repair(description)));
        assertThat(retried.path("description").asString()).isEqualTo(description);
        assertThat(count("SELECT count(*) FROM repairs.request WHERE description = ?", description)).isEqualTo(1);
    }

    @Test
    void oneKeyOnARepairAndOnAnAssetCardMakesBoth() {
        String key = "shared-" + UUID.randomUUID();
        String description = unique("同一键的报修");
        String name = unique("同一键的资产");
        created(post("/api/v1/repairs", "storekeeper", key, repair(description)));
        created(post("/api/v1/assets", "storekeeper", key, card(name)));
        assertThat(count("SELECT count(*) FROM repairs.request WHERE description = ?", description)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM assets.asset WHERE name = ?", name)).isEqualTo(1);
    }

    /**
     * A key is its sender's own: someone else who happens to send the same key (two integrations numbering their
     * orders alike) gets their own document, and never sees the first person's.
     */
    @Test
    void aKeyAnotherPersonAlsoSentMakesTheirOwnDocument() {
        String key = "order-" + UUID.randomUUID();
        String teachers = unique("老师的报修");
        String heads = unique("组长的报修");
        JsonNode first = created(post("/api/v1/repairs", "teacher", key, repair(teachers)));
        JsonNode second = created(post("/api/v1/repairs", "head", key, repair(heads)));
        assertThat(second.path("id").asLong()).isNotEqualTo(first.path("id").asLong());
        assertThat(second.path("description").asString()).isEqualTo(heads);
        assertThat(created(post("/api/v1/repairs", "head", key, repair(heads))).path("id").asLong())
                .as("and the same key from the same person is still the same document")
                .isEqualTo(second.path("id").asLong());
        assertThat(count("SELECT count(*) FROM repairs.request WHERE description IN (?, ?)", teachers, heads))
                .isEqualTo(2);
    }
}
