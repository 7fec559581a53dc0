package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * A request body has a size limit (1 MB of JSON, 1 MB of form by default) checked before anything reads it: too
 * much gets 413, stores nothing, and the server keeps serving everyone else.
 */
class RequestLimitsTest extends IntegrationTest {

    private static final int MB = 1024 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();

    private String repairJson(String description) {
        long room = Demo.count(jdbc, "SELECT id FROM places.room WHERE code = 'A-101' AND school_id = ?",
                Demo.schoolId(jdbc));
        long category = Demo.count(jdbc, "SELECT id FROM repairs.category WHERE name = '照明' AND school_id = ?",
                Demo.schoolId(jdbc));
        return "{\"roomId\":" + room + ",\"categoryId\":" + category + ",\"description\":\"" + description + "\"}";
    }

    private long repairs() {
        return Demo.count(jdbc, "SELECT count(*) FROM repairs.request");
    }

    private HttpResponse<String> postJson(String token, HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/repairs"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).POST(body).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTwentyMegabyteFieldIsRefusedWith413AndNothingIsStored() {
        String token = login("teacher").newToken("限额测试");
        long before = repairs();
        String json = repairJson("limits-20mb " + "灯".repeat(20 * MB / 3));
        HttpResponse<String> refused = postJson(token, HttpRequest.BodyPublishers.ofString(json));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(refused.body()).contains("\"status\":413").contains("\"limit\":" + MB)
                .contains("\"code\":\"request.tooLarge\"").doesNotContain("灯灯");
        assertThat(repairs()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyIsCountedAndRefusedOnceItPassesTheLimit() {
        String token = login("teacher").newToken("限额测试");
        long before = repairs();
        byte[] json = repairJson("limits-chunked " + "x".repeat(3 * MB)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = postJson(token,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("\"limit\":" + MB).doesNotContain("xxxx");
        assertThat(repairs()).isEqualTo(before);

        byte[] small = repairJson("limits-chunked 一个能收下的报修").getBytes(StandardCharsets.UTF_8);
        assertThat(postJson(token, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)))
                .statusCode()).isEqualTo(201);
    }

    @Test
    void eightOversizedBodiesAtOnceAreAllRefusedAndTheNextRequestIsServed() {
        String token = login("teacher").newToken("限额测试");
        long before = repairs();
        byte[] json = repairJson("limits-parallel " + "y".repeat(10 * MB)).getBytes(StandardCharsets.UTF_8);
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, 8).mapToObj(i -> http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/repairs"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(),
                HttpResponse.BodyHandlers.ofString())).toList();
        assertThat(sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).containsOnly(413);
        assertThat(repairs()).isEqualTo(before);

        HttpResponse<String> next = postJson(token, HttpRequest.BodyPublishers.ofString(
                repairJson("limits-parallel 之后的正常报修")));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        assertThat(repairs()).isEqualTo(before + 1);
    }

    @Test
    void aFormOverTheLimitGetsThe413PageAndNothingIsStored() {
        WebUser teacher = login("teacher");
        long before = repairs();
        long room = Demo.count(jdbc, "SELECT id FROM places.room WHERE code = 'A-101' AND school_id = ?",
                Demo.schoolId(jdbc));
        WebUser.Page refused = teacher.post("/repairs", Map.of("roomId", String.valueOf(room),
                "description", "limits-form " + "z".repeat(2 * MB)));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("<html").contains("提交的内容太多").contains("1 MB")
                .doesNotContain("zzzz");
        assertThat(repairs()).isEqualTo(before);
    }

    @Test
    void aChunkedFormIsCountedTooAndOneWithinTheLimitIsRead() {
        WebUser admin = login("admin");
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(admin.get("/account/password").body());
        assertThat(token.find()).isTrue();
        long building = Demo.count(jdbc, "SELECT id FROM places.building WHERE code = 'A' AND school_id = ?",
                Demo.schoolId(jdbc));
        String room = "buildingId=" + building + "&floor=2&roomType=OFFICE&version=0&code=LIMIT-1&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&name=";
        String cookie = "HOUQIN_SESSION=" + admin.sessionId();

        HttpResponse<String> refused = sendChunked("/places/rooms", cookie,
                room + URLEncoder.encode("大".repeat(MB / 4), StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("提交的内容太多");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE code = 'LIMIT-1'")).isZero();

        HttpResponse<String> read = sendChunked("/places/rooms?lang=zh_CN", cookie,
                room + URLEncoder.encode("分块提交的办公室", StandardCharsets.UTF_8));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(302);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE code = 'LIMIT-1' AND name = ?",
                "分块提交的办公室")).isEqualTo(1);
    }

    private HttpResponse<String> sendChunked(String path, String cookie, String form) {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
