package org.houqin.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** Lockout and unlock, a new session id at login, logout and disabling ending sessions, API tokens. */
class SessionSecurityTest extends IntegrationTest {

    private long createUser(String username) {
        long teacherRole = Demo.count(jdbc, "SELECT id FROM iam.role WHERE school_id = ? AND code = 'TEACHER'",
                Demo.schoolId(jdbc));
        var page = login("admin").post("/admin/users", Map.of("username", username, "displayName", "测试" + username,
                "password", "start1234", "roleIds", String.valueOf(teacherRole)));
        assertThat(page.redirectsTo("/admin/users")).as(page.body()).isTrue();
        return Demo.userId(jdbc, username);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
        long id = createUser("locktest");
        WebUser visitor = anonymous();
        for (int i = 0; i < 5; i++) {
            assertThat(visitor.tryLogin("locktest", "wrong-" + i).redirectsTo("/login?error")).isTrue();
        }
        var locked = visitor.tryLogin("locktest", "start1234");
        assertThat(locked.redirectsTo("/login?error")).as("the right password is refused while locked").isTrue();
        var message = visitor.get("/login?error").body();
        assertThat(message).contains("用户名或密码错误").doesNotContain("锁定了");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE user_id = ? AND action = 'LOCKED'", id))
                .isEqualTo(1);

        assertThat(login("admin").post("/admin/users/" + id + "/unlock", Map.of()).status()).isEqualTo(302);
        assertThat(anonymous().tryLogin("locktest", "start1234").redirectsTo("/")).isTrue();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity_id = ? AND action = 'UNLOCK'",
                String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void parallelGuessesAreAllCountedAndLockTheAccount() throws Exception {
        createUser("parallel");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var guesses = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                guesses.add(pool.submit(() -> anonymous().tryLogin("parallel", "guess-" + n)));
            }
            for (var guess : guesses) {
                guess.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(anonymous().tryLogin("parallel", "start1234").redirectsTo("/")).as("locked after 8 guesses").isFalse();
        assertThat(Demo.count(jdbc, "SELECT failed_attempts FROM iam.app_user WHERE username = 'parallel'"))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void signingOutOnOneDeviceEndsTheSessionsOnTheOthers() {
        createUser("twodevices");
        WebUser phone = WebUser.login(port, "twodevices", "start1234");
        WebUser desktop = WebUser.login(port, "twodevices", "start1234");
        assertThat(phone.post("/logout", Map.of()).redirectsTo("/login?logout")).isTrue();
        assertThat(desktop.get("/").redirectsTo("/login")).isTrue();
    }

    @Test
    void changingARolesPermissionsAppliesAtOnceBySigningItsHoldersOut() {
        WebUser admin = login("admin");
        WebUser worker = login("worker");
        assertThat(worker.get("/places/rooms").status()).isEqualTo(200);
        long role = Demo.count(jdbc, "SELECT id FROM iam.role WHERE school_id = ? AND code = 'WORKER'", Demo.schoolId(jdbc));
        int version = (int) Demo.count(jdbc, "SELECT version FROM iam.role WHERE id = ?", role);
        var saved = admin.post("/admin/roles/" + role, Map.of("name", "维修工", "dataScope", "ALL",
                "permissions", "places:room:read", "version", String.valueOf(version)));
        assertThat(saved.redirectsTo("/admin/roles")).isTrue();
        assertThat(worker.get("/places/rooms").redirectsTo("/login")).isTrue();
        assertThat(login("worker").get("/places/rooms").status()).isEqualTo(200);
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        WebUser visitor = anonymous();
        var unknown = visitor.tryLogin("nobody-" + System.nanoTime(), "whatever1");
        var wrong = visitor.tryLogin("admin", "whatever1");
        assertThat(unknown.location()).isEqualTo(wrong.location());
    }

    @Test
    void signingInGivesANewSessionId() {
        WebUser visitor = anonymous();
        visitor.get("/login");
        String before = visitor.sessionId();
        assertThat(before).isNotNull();
        assertThat(visitor.tryLogin("principal", "houqin").redirectsTo("/")).isTrue();
        assertThat(visitor.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSession() {
        WebUser user = login("finance");
        assertThat(user.get("/").status()).isEqualTo(200);
        assertThat(user.post("/logout", Map.of()).redirectsTo("/login?logout")).isTrue();
        assertThat(user.get("/").redirectsTo("/login")).isTrue();
    }

    @Test
    void disablingAUserEndsAllOfTheirSessionsAndStopsNewOnes() {
        long id = createUser("disableme");
        WebUser phone = WebUser.login(port, "disableme", "start1234");
        WebUser desktop = WebUser.login(port, "disableme", "start1234");
        assertThat(phone.get("/").status()).isEqualTo(200);
        assertThat(login("admin").post("/admin/users/" + id + "/enabled", Map.of("enabled", "false")).status())
                .isEqualTo(302);
        assertThat(phone.get("/").redirectsTo("/login")).isTrue();
        assertThat(desktop.get("/").redirectsTo("/login")).isTrue();
        assertThat(anonymous().tryLogin("disableme", "start1234").redirectsTo("/login?error")).isTrue();
    }

    @Test
    void anApiTokenIsShownOnceWorksWithTheOwnersPermissionsAndStopsWhenRevoked() {
        WebUser director = login("director");
        assertThat(director.post("/account/tokens", Map.of("name", "报修小程序")).status()).isEqualTo(302);
        String page = director.get("/account/tokens").body();
        var matcher = java.util.regex.Pattern.compile("(hq_[A-Za-z0-9_-]{20,})").matcher(page);
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);
        assertThat(director.get("/account/tokens").body()).doesNotContain(token);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM iam.api_token WHERE token_hash LIKE ?", token)).isZero();

        WebUser integration = anonymous();
        assertThat(integration.getWithToken("/api/v1/rooms", token).status()).isEqualTo(200);
        assertThat(integration.getWithToken("/api/v1/rooms", token).body()).contains("\"total\"");

        long tokenId = Demo.count(jdbc, "SELECT max(id) FROM iam.api_token WHERE name = '报修小程序'");
        assertThat(director.post("/account/tokens/" + tokenId + "/revoke", Map.of()).status()).isEqualTo(302);
        assertThat(integration.getWithToken("/api/v1/rooms", token).status()).isEqualTo(401);
    }

    @Test
    void revokingSomeoneElsesTokenFindsNothingAndLeavesItWorking() {
        String token = login("storekeeper").newToken("盘点扫码枪");
        long tokenId = Demo.count(jdbc, "SELECT max(id) FROM iam.api_token WHERE name = '盘点扫码枪'");
        long audited = Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE action = 'REVOKE'");
        WebUser teacher = login("teacher");

        WebUser.Page page = teacher.post("/account/tokens/" + tokenId + "/revoke", Map.of());

        assertThat(page.status()).isEqualTo(404);
        assertThat(teacher.get("/account/tokens").body()).doesNotContain("令牌已吊销");
        assertThat(teacher.post("/account/tokens/987654321/revoke", Map.of()).status()).isEqualTo(404);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM iam.api_token WHERE id = ? AND revoked_at IS NULL", tokenId))
                .isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE action = 'REVOKE'")).isEqualTo(audited);
        assertThat(anonymous().getWithToken("/api/v1/rooms", token).status()).isEqualTo(200);
    }

    @Test
    void revokingOnesOwnTokenAgainStillSaysItIsRevoked() {
        WebUser storekeeper = login("storekeeper");
        storekeeper.newToken("旧平板");
        long tokenId = Demo.count(jdbc, "SELECT max(id) FROM iam.api_token WHERE name = '旧平板'");
        assertThat(storekeeper.post("/account/tokens/" + tokenId + "/revoke", Map.of()).status()).isEqualTo(302);
        assertThat(storekeeper.post("/account/tokens/" + tokenId + "/revoke", Map.of()).status()).isEqualTo(302);
        assertThat(storekeeper.get("/account/tokens").body()).contains("令牌已吊销");
    }

    @Test
    void theApplicationCannotChangeOrRemoveAuditRows() {
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry")).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Demo.asSystem(() ->
                jdbc.sql("UPDATE audit.log_entry SET action = 'FORGED'").update()))
                .rootCause().hasMessageContaining("permission denied");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Demo.asSystem(() ->
                jdbc.sql("DELETE FROM audit.log_entry").update()))
                .rootCause().hasMessageContaining("permission denied");
    }
}
