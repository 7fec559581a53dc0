package org.houqin.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.houqin.assets.settings.AssetSettingKeys;
import org.houqin.repairs.settings.RepairSettingKeys;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.SettingsSnapshot;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 系统设置: the director sees each group with values, defaults, ranges and sources, saves a group with its version,
 * and every change leaves a history row and an audit row; refused values and stale forms write nothing.
 */
class SettingsPageTest extends IntegrationTest {

    @Autowired
    Settings settings;
    @Autowired
    SettingChanges changes;

    private long school;
    private SettingsSnapshot before;

    @BeforeEach
    void remember() {
        school = Demo.schoolId(jdbc);
        before = SettingsSnapshot.of(settings, school, RepairSettingKeys.GROUP, AssetSettingKeys.GROUP);
    }

    @AfterEach
    void putBack() {
        before.restore(changes, jdbc);
    }

    private Map<String, String> repairsForm(String urgentHours) {
        Map<String, String> form = new HashMap<>(Map.of("repairs.hours.urgent", urgentHours,
                "repairs.hours.teaching", "24", "repairs.hours.normal", "72", "repairs.auto-close.days", "7",
                "repairs.guest.enabled", "true", "repairs.guest.hourly-limit", "5"));
        form.put("version", String.valueOf(SettingsSnapshot.version(jdbc, school, "repairs")));
        return form;
    }

    private long changesOf(String key) {
        return Demo.count(jdbc, "SELECT count(*) FROM platform.setting_change WHERE school_id = ? AND key = ?", school, key);
    }

    private String stored(String key) {
        return Demo.asSystem(() -> jdbc.sql("SELECT value FROM platform.setting_value WHERE school_id = ? AND key = ?")
                .params(school, key).query(String.class).optional().orElse(null));
    }

    @Test
    void theDirectorSeesEachGroupWithItsValueDefaultRangeAndSource() {
        WebUser director = login("director");
        assertThat(director.get("/").body()).contains("href=\"/settings\"").contains("系统设置");
        String page = director.get("/settings").body();
        assertThat(page).contains("id=\"repairs\"", "id=\"assets\"", "报修维修", "固定资产")
                .contains("紧急报修的处理时限", "默认：2 小时", "允许：1 至 720 小时", "依据：学校自定（后勤处的服务承诺）")
                .contains("name=\"repairs.hours.urgent\"", "name=\"repairs.guest.enabled\"")
                .contains("当月增加当月计提（政府会计准则）", "依据：《政府会计准则第3号——固定资产》")
                .contains("允许：0.01 至 100%，最多 2 位小数", "默认：100%");
        assertThat(page).as("the demo school lets guests report").containsPattern(
                "name=\"repairs.guest.enabled\"[^>]*checked");
        assertThat(login("admin").get("/settings").body()).contains("id=\"repairs\"", "id=\"assets\"");
        assertThat(director.get("/settings?lang=en").body()).contains("Time allowed for an urgent repair",
                "Default: 2 hours", "Allowed: 1 to 720 hours", "Government Accounting Standard No. 3");
        director.get("/settings?lang=zh_CN");
    }

    @Test
    void aSaveWritesTheValuesAHistoryRowPerChangeAndAnAuditRow() {
        WebUser director = login("director");
        long audited = Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE module = 'repairs' AND entity = 'settings'");
        long urgentChanges = changesOf("repairs.hours.urgent");
        long normalChanges = changesOf("repairs.hours.normal");

        WebUser.Page saved = director.post("/settings/repairs", repairsForm("3"));
        assertThat(saved.redirectsTo("/settings#repairs")).as(saved.body()).isTrue();
        assertThat(stored("repairs.hours.urgent")).isEqualTo("3");
        assertThat(settings.get(school, RepairSettingKeys.URGENT_HOURS)).isEqualTo(3);
        assertThat(changesOf("repairs.hours.urgent")).isEqualTo(urgentChanges + 1);
        assertThat(changesOf("repairs.hours.normal")).as("an unchanged value has no history row").isEqualTo(normalChanges);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM platform.setting_change WHERE school_id = ? AND key = 'repairs.hours.urgent'
                  AND old_value = '2' AND new_value = '3' AND changed_by = ? AND changed_by_name = '王国强'""",
                school, Demo.userId(jdbc, "director"))).isPositive();
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE module = 'repairs' AND entity = 'settings'
                  AND entity_id = 'repairs' AND username = 'director'
                  AND before_data ->> 'repairs.hours.urgent' = '2' AND after_data ->> 'repairs.hours.urgent' = '3'""")).isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE module = 'repairs' AND entity = 'settings'"))
                .isEqualTo(audited + 1);

        String page = director.get("/settings").body();
        assertThat(page).contains("已保存").contains("最近修改").containsPattern(
                "王国强</span>\\s*<div><span>紧急报修的处理时限</span>：<span>2 小时</span> →\\s*<strong>3 小时</strong>");
    }

    @Test
    void aValueOutOfRangeIsRefusedAtItsFieldAndNothingIsWritten() {
        WebUser director = login("director");
        int version = SettingsSnapshot.version(jdbc, school, "repairs");
        long history = Demo.count(jdbc, "SELECT count(*) FROM platform.setting_change");
        String urgent = stored("repairs.hours.urgent");
        Map<String, String> form = repairsForm("0");
        form.put("repairs.hours.normal", "72.5");

        WebUser.Page refused = director.post("/settings/repairs", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("本组设置都没有保存", "is-invalid", "数值超出允许范围：应在 1 至 720 之间",
                "请输入整数");
        assertThat(refused.body()).as("what was typed stays in the form").contains("value=\"72.5\"");
        assertThat(stored("repairs.hours.urgent")).isEqualTo(urgent);
        assertThat(SettingsSnapshot.version(jdbc, school, "repairs")).isEqualTo(version);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.setting_change")).isEqualTo(history);

        Map<String, String> share = new HashMap<>(Map.of("assets.depreciation.start", "SAME_MONTH",
                "assets.compensation.share", "12.345",
                "version", String.valueOf(SettingsSnapshot.version(jdbc, school, "assets"))));
        assertThat(director.post("/settings/assets", share).body()).contains("最多 2 位小数");
        share.put("assets.depreciation.start", "SOMETIMES");
        share.put("assets.compensation.share", "50");
        assertThat(director.post("/settings/assets", share).body()).contains("请从列出的选项中选择");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.setting_change")).isEqualTo(history);
    }

    @Test
    void aStaleFormGetsTheConflictPageAndWritesNothing() {
        WebUser director = login("director");
        Map<String, String> first = repairsForm("4");
        assertThat(director.post("/settings/repairs", first).redirectsTo("/settings#repairs")).isTrue();
        long history = Demo.count(jdbc, "SELECT count(*) FROM platform.setting_change");

        Map<String, String> stale = new HashMap<>(first);
        stale.put("repairs.hours.urgent", "6");
        WebUser.Page conflict = director.post("/settings/repairs", stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("刚刚被别人修改过");
        assertThat(stored("repairs.hours.urgent")).isEqualTo("4");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.setting_change")).isEqualTo(history);
        stale.put("version", "not a number");
        assertThat(director.post("/settings/repairs", stale).status()).isEqualTo(409);
    }

    @Test
    void aTeacherIsRefusedAndSeesNoMenuEntry() {
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/settings").status()).isEqualTo(403);
        assertThat(teacher.post("/settings/repairs", repairsForm("1")).status()).isEqualTo(403);
        assertThat(teacher.get("/repairs/settings").status()).isEqualTo(403);
        assertThat(teacher.get("/").body()).doesNotContain("href=\"/settings\"").doesNotContain("系统设置");
        assertThat(stored("repairs.hours.urgent")).isNotEqualTo("1");
    }

    @Test
    void aGroupTheViewerMayNotChangeIsNeitherShownNorSaved() {
        WebUser admin = login("admin");
        var role = admin.post("/admin/roles", Map.of("code", "ASSET_RULES", "name", "资产规则管理", "dataScope", "ALL",
                "permissions", "assets:settings:write"));
        assertThat(role.redirectsTo("/admin/roles")).as(role.body()).isTrue();
        long roleId = Demo.count(jdbc, "SELECT id FROM iam.role WHERE school_id = ? AND code = 'ASSET_RULES'", school);
        admin.post("/admin/users", Map.of("username", "assetrules", "displayName", "资产会计", "password", "start1234",
                "roleIds", String.valueOf(roleId)));
        WebUser accountant = WebUser.login(port, "assetrules", "start1234");

        String page = accountant.get("/settings").body();
        assertThat(page).contains("id=\"assets\"").doesNotContain("id=\"repairs\"").doesNotContain("repairs.hours.urgent");
        assertThat(accountant.post("/settings/repairs", repairsForm("9")).status()).isEqualTo(403);
        assertThat(accountant.post("/settings/nothing-like-this", Map.of("version", "0")).status()).isEqualTo(404);
        assertThat(stored("repairs.hours.urgent")).isNotEqualTo("9");
    }

    @Test
    void theOldPagesLeadToTheirGroups() {
        WebUser director = login("director");
        assertThat(director.get("/repairs/settings").redirectsTo("/settings#repairs")).isTrue();
        assertThat(director.get("/assets/settings").redirectsTo("/settings#assets")).isTrue();
        String menu = director.get("/").body();
        assertThat(menu).doesNotContain("href=\"/repairs/settings\"").doesNotContain("href=\"/assets/settings\"");
    }

    @Test
    void theApplicationMayAddToTheHistoryButNeverChangeIt() {
        assertThatThrownBy(() -> Demo.asSystem(() -> jdbc.sql("UPDATE platform.setting_change SET new_value = 'x'")
                .update())).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> Demo.asSystem(() -> jdbc.sql("DELETE FROM platform.setting_change").update()))
                .rootCause().hasMessageContaining("permission denied");
    }
}
