package org.houqin.platform.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request writes one line with its id, user, school, route pattern, status and time; the id is the reference
 * a user sees on an error page or in an API problem, and the X-Request-Id header of the answer.
 */
class RequestLogTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private LogLines requests;

    @BeforeEach
    void listen() {
        requests = new LogLines("houqin.requests");
    }

    @AfterEach
    void stopListening() {
        requests.close();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String lineOf(String id) {
        await().atMost(Duration.ofSeconds(5)).until(() -> requests.lines().stream().anyMatch(l -> l.startsWith(
                "id=" + id + " ")));
        List<String> lines = requests.lines().stream().filter(l -> l.startsWith("id=" + id + " ")).toList();
        assertThat(lines).as("one line per request").hasSize(1);
        return lines.get(0);
    }

    private static String cookie(WebUser user) {
        return "HOUQIN_SESSION=" + user.sessionId();
    }

    @Test
    void aPageRequestWritesOneLineWithItsRoutePatternNeverItsPath() throws Exception {
        WebUser director = login("director");
        HttpResponse<String> page = get("/repairs/987654321?q=secret", Map.of("Cookie", cookie(director)));
        String id = page.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9A-F]{8}");
        String prefix = "id=%s user=%d school=%d method=GET route=/repairs/{id} status=404 ms="
                .formatted(id, Demo.userId(jdbc, "director"), Demo.schoolId(jdbc));
        assertThat(lineOf(id)).startsWith(prefix).matches(Pattern.quote(prefix) + "\\d+")
                .doesNotContain("987654321", "secret");
    }

    @Test
    void theErrorPagesReferenceIsTheRequestIdFromTheProxyAndItsLogLinesId() throws Exception {
        WebUser director = login("director");
        HttpResponse<String> page = get("/repairs/987654322", Map.of("Cookie", cookie(director), "X-Request-Id",
                "nginx-5f2a9c1e"));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("X-Request-Id")).contains("nginx-5f2a9c1e");
        assertThat(page.body()).contains("nginx-5f2a9c1e");
        assertThat(lineOf("nginx-5f2a9c1e")).contains("route=/repairs/{id} status=404");
    }

    @Test
    void anIllFormedRequestIdFromOutsideIsReplaced() throws Exception {
        HttpResponse<String> page = get("/login", Map.of("X-Request-Id", "x\"<b>injected</b>"));
        String id = page.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9A-F]{8}");
        assertThat(lineOf(id)).startsWith("id=" + id + " user=- school=- method=GET route=/login status=200 ms=");
    }

    @Test
    void anApiProblemsReferenceIsTheRequestId() throws Exception {
        String token = login("director").newToken("日志");
        HttpResponse<String> problem = get("/api/v1/repairs/987654323", Map.of("Authorization", "Bearer " + token,
                "Accept", "application/json"));
        assertThat(problem.statusCode()).isEqualTo(404);
        String id = problem.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(JsonMapper.shared().readTree(problem.body()).path("reference").asString()).isEqualTo(id);
        assertThat(lineOf(id)).contains("method=GET route=/api/v1/repairs/{id} status=404");
    }

    @Test
    void staticResourcesAreNotLogged() throws Exception {
        HttpResponse<String> icon = get("/img/favicon.svg", Map.of("X-Request-Id", "static-00000001"));
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("X-Request-Id")).isEmpty();
        HttpResponse<String> page = get("/login", Map.of("X-Request-Id", "static-00000002"));
        assertThat(page.statusCode()).isEqualTo(200);
        lineOf("static-00000002");
        assertThat(requests.lines()).noneMatch(line -> line.contains("static-00000001"));
    }
}
