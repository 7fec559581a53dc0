package org.houqin.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** Changing one's own password, and the headers every page carries. */
class AccountTest extends IntegrationTest {

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        long canteenRole = Demo.count(jdbc, "SELECT id FROM iam.role WHERE school_id = ? AND code = 'CANTEEN_MANAGER'",
                Demo.schoolId(jdbc));
        login("admin").post("/admin/users", Map.of("username", "pwchange", "displayName", "改密码的人",
                "password", "first1234", "roleIds", String.valueOf(canteenRole)));
        WebUser user = WebUser.login(port, "pwchange", "first1234");

        assertThat(user.post("/account/password", Map.of("current", "wrong1234", "password", "second1234",
                "confirm", "second1234")).body()).contains("当前密码不正确");
        assertThat(user.post("/account/password", Map.of("current", "first1234", "password", "second1234",
                "confirm", "different1")).body()).contains("两次输入的密码不一致");
        assertThat(user.post("/account/password", Map.of("current", "first1234", "password", "short",
                "confirm", "short")).body()).contains("密码至少 8 位");
        assertThat(anonymous().tryLogin("pwchange", "first1234").redirectsTo("/")).isTrue();

        assertThat(user.post("/account/password", Map.of("current", "first1234", "password", "second1234",
                "confirm", "second1234")).redirectsTo("/")).isTrue();
        assertThat(anonymous().tryLogin("pwchange", "first1234").redirectsTo("/")).isFalse();
        assertThat(anonymous().tryLogin("pwchange", "second1234").redirectsTo("/")).isTrue();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsHttpOnly() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var response = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var headers = response.headers();
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp.split(";")).as("scripts only from the site, never inline")
                .anySatisfy(directive -> assertThat(directive.strip()).isEqualTo("script-src 'self'"));
        assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("HOUQIN_SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(response.body()).doesNotContain("<script>").doesNotContain("onclick=");
    }
}
