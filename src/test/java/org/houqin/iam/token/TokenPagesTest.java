package org.houqin.iam.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner's token page (scope, expiry and their field messages) and the administrator's list of every token of
 * the school, with revoke: audited with who revoked, and blind to other schools.
 */
class TokenPagesTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    OrganizationApi organization;

    @Autowired
    MessageSource messages;

    private TokenAccounts accounts;

    @BeforeEach
    void tokensThroughTheService() {
        accounts = new TokenAccounts(jdbc, tokens);
    }

    @Test
    void theOwnerMakesAReadOnlyTokenForAssetsAndSeesItsScopeAndExpiry() {
        WebUser teacher = login("teacher");
        String form = teacher.get("/account/tokens").body();
        assertThat(form).contains("有效期至").contains("只读").contains("资产").contains("报修")
                .contains("value=\"" + tokens.suggestedExpiry() + "\"");

        WebUser.Page made = teacher.post("/account/tokens", Map.of("name", "教室巡检", "readOnly", "true",
                "modules", "assets", "expiresOn", tokens.suggestedExpiry().minusMonths(6).toString()));

        assertThat(made.redirectsTo("/account/tokens")).isTrue();
        String page = teacher.get("/account/tokens").body();
        assertThat(page).contains("教室巡检").contains(tokens.suggestedExpiry().minusMonths(6).toString());
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM iam.api_token WHERE name = '教室巡检' AND read_only AND modules = '{assets}'
                  AND expires_at > now() + interval '5 months'""")).isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity = 'api_token' AND action = 'CREATE'"
                + " AND entity_id = ?", String.valueOf(accounts.idOf("教室巡检")))).isEqualTo(1);
    }

    @Test
    void everyModuleWithEndpointsIsOfferedWithItsNameInBothLanguages() {
        assertThat(tokens.moduleChoices()).startsWith("assets", "repairs", "warehouse", "approval")
                .contains("notifications", "places", "organization", "platform").doesNotContain("iam");
        for (String module : tokens.moduleChoices()) {
            assertThat(messages.getMessage("token.module." + module, null, null, Locale.SIMPLIFIED_CHINESE))
                    .as(module).isNotNull().doesNotContainPattern("[A-Za-z]");
            assertThat(messages.getMessage("token.module." + module, null, null, Locale.ENGLISH)).as(module).isNotNull();
        }
    }

    @Test
    void aPastOrTooDistantExpiryIsRefusedAtItsFieldAndNothingIsMade() {
        WebUser teacher = login("teacher");

        WebUser.Page past = teacher.post("/account/tokens", Map.of("name", "过去的令牌",
                "expiresOn", tokens.suggestedExpiry().minusYears(2).toString()));
        WebUser.Page far = teacher.post("/account/tokens", Map.of("name", "过去的令牌",
                "expiresOn", tokens.suggestedExpiry().plusYears(3).toString()));
        WebUser.Page empty = teacher.post("/account/tokens", Map.of("name", "", "expiresOn", ""));
        WebUser.Page unknownModule = teacher.post("/account/tokens", Map.of("name", "过去的令牌", "modules", "canteen",
                "expiresOn", tokens.suggestedExpiry().toString()));

        assertThat(past.status()).isEqualTo(200);
        assertThat(past.body()).contains("有效期不能早于今天").contains("is-invalid");
        assertThat(far.body()).contains("令牌有效期最长 3 年");
        assertThat(empty.body()).contains("请填写令牌名称").contains("必填");
        assertThat(unknownModule.body()).contains("请从列表中选择模块");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM iam.api_token WHERE name = '过去的令牌'")).isZero();
    }

    @Test
    void theAdministratorSeesAnotherUsersTokenOfTheSchoolButNoneOfAnotherSchool() {
        accounts.token("worker", "维修工单平板", true, java.util.Set.of("repairs"));
        long stranger = accounts.accountIn("TOKOTHER", "other-" + System.nanoTime(), transaction, organization);
        accounts.tokenOf(stranger, "外校的令牌");
        WebUser admin = login("admin");

        String list = admin.get("/admin/tokens").body();
        assertThat(list).contains("维修工单平板").contains("张师傅").contains("只读").contains("报修")
                .doesNotContain("外校的令牌");
        assertThat(admin.get("/admin/tokens?q=维修工单").body()).contains("维修工单平板");
        long worker = Demo.userId(jdbc, "worker");
        assertThat(admin.getTable("/admin/tokens?owner=" + worker + "&status=ACTIVE").body()).contains("维修工单平板");
        assertThat(admin.getTable("/admin/tokens?owner=" + worker + "&status=REVOKED").body())
                .doesNotContain("维修工单平板");
        assertThat(admin.post("/admin/tokens/" + accounts.idOf("外校的令牌") + "/revoke", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void theAdministratorRevokesAUsersTokenWhichThenStopsAndTheAuditSaysWho() {
        String token = accounts.readWrite("canteen", "食堂留样秤");
        long id = accounts.idOf("食堂留样秤");
        assertThat(anonymous().getWithToken("/api/v1/me", token).status()).isEqualTo(200);
        WebUser admin = login("admin");

        WebUser.Page revoked = admin.post("/admin/tokens/" + id + "/revoke", Map.of());

        assertThat(revoked.redirectsTo("/admin/tokens")).isTrue();
        assertThat(anonymous().getWithToken("/api/v1/me", token).status()).isEqualTo(401);
        long adminId = Demo.userId(jdbc, "admin");
        assertThat(Demo.count(jdbc, "SELECT revoked_by FROM iam.api_token WHERE id = ?", id)).isEqualTo(adminId);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'api_token' AND action = 'REVOKE' AND entity_id = ?
                  AND user_id = ? AND (after_data ->> 'revokedBy')::bigint = ?""", String.valueOf(id), adminId, adminId))
                .isEqualTo(1);
        assertThat(admin.get("/admin/tokens?status=REVOKED").body()).contains("食堂留样秤");
    }

    @Test
    void onlyThoseWhoManageAccountsSeeTheSchoolsTokens() {
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/admin/tokens").status()).isEqualTo(403);
        assertThat(teacher.post("/admin/tokens/987654321/revoke", Map.of()).status())
                .isEqualTo(403);
        assertThat(teacher.get("/").body()).doesNotContain("/admin/tokens");
        assertThat(login("admin").get("/").body()).contains("/admin/tokens");
    }
}
