package org.houqin.iam.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.SystemWork;
import org.houqin.platform.settings.SettingChanges;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A token's scope on real calls: read-only tokens only read, module-limited tokens only reach their modules, an
 * expired or revoked token is unknown, and a token over its school's rate limit waits. Problems name their code.
 */
class TokenScopeApiTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    @Autowired
    SettingChanges settings;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    OrganizationApi organization;

    private TokenAccounts accounts;
    private WebUser client;

    @BeforeEach
    void tokensThroughTheServiceAndAClientWithoutSession() {
        accounts = new TokenAccounts(jdbc, tokens);
        client = anonymous();
    }

    @Test
    void aReadOnlyTokenReadsButItsPostIsRefusedBeforeTheHandler() {
        String readOnly = accounts.token("director", "只读报修接口", true, Set.of());
        String readWrite = accounts.readWrite("director", "读写报修接口");

        assertThat(client.getWithToken("/api/v1/repairs", readOnly).status()).isEqualTo(200);
        WebUser.Page refused = client.sendJson("POST", "/api/v1/repairs", "{}", readOnly);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"token.readOnly\"").contains("\"reference\"");
        assertThat(client.sendJson("POST", "/api/v1/repairs", "{}", readWrite).status())
                .as("the same call with a read-write token reaches the handler and its field checks").isEqualTo(400);
    }

    @Test
    void aTokenLimitedToAssetsReadsAssetsButNotRepairsOrRooms() {
        String assetsOnly = accounts.token("director", "资产盘点机", false, Set.of("assets"));

        assertThat(client.getWithToken("/api/v1/assets", assetsOnly).status()).isEqualTo(200);
        WebUser.Page repairs = client.getWithToken("/api/v1/repairs", assetsOnly);
        assertThat(repairs.status()).isEqualTo(403);
        assertThat(repairs.body()).contains("\"code\":\"token.module\"");
        assertThat(client.getWithToken("/api/v1/rooms", assetsOnly).status()).isEqualTo(403);
    }

    @Test
    void whoTheCallerIsIsAnsweredWhateverTheScope() {
        String narrowest = accounts.token("teacher", "只读场地", true, Set.of("places"));

        WebUser.Page me = client.getWithToken("/api/v1/me", narrowest);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"teacher\"");
    }

    @Test
    void anExpiredTokenIsUnknown() {
        String token = accounts.readWrite("director", "过期的对接");
        assertThat(client.getWithToken("/api/v1/me", token).status()).isEqualTo(200);
        Demo.asSystem(() -> jdbc.sql("UPDATE iam.api_token SET expires_at = now() - interval '1 second' WHERE id = ?")
                .param(accounts.idOf("过期的对接")).update());

        WebUser.Page expired = client.getWithToken("/api/v1/me", token);

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).contains("\"code\":\"token.invalid\"");
    }

    @Test
    void aTokenRevokedByItsOwnerIsUnknown() {
        WebUser storekeeper = login("storekeeper");
        String token = accounts.readWrite("storekeeper", "车间扫码枪");
        assertThat(client.getWithToken("/api/v1/me", token).status()).isEqualTo(200);

        storekeeper.post("/account/tokens/" + accounts.idOf("车间扫码枪") + "/revoke", Map.of());

        assertThat(client.getWithToken("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void aTokenOverItsSchoolsRateLimitWaitsAsRetryAfterSays() throws Exception {
        long user = accounts.accountIn("TOKRATE", "rate-" + System.nanoTime(), transaction, organization);
        SystemWork.run(() -> settings.change(accounts.schoolOf(user), TokenSettings.CALLS_PER_MINUTE, 2));
        String token = accounts.tokenOf(user, "夜间导出" + user);

        assertThat(call(token).statusCode()).isEqualTo(200);
        assertThat(call(token).statusCode()).isEqualTo(200);
        HttpResponse<String> third = call(token);

        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).contains("\"code\":\"token.rateLimited\"");
        assertThat(third.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 30L));
        assertThat(client.getWithToken("/api/v1/me", accounts.readWrite("director", "另一校的限额不影响本校")).status())
                .isEqualTo(200);
    }

    private HttpResponse<String> call(String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
