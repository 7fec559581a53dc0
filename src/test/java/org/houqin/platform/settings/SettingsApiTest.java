package org.houqin.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

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

/** /api/v1/settings: typed values of the groups the caller may change; a versioned PUT, 409 when stale, 400 when wrong. */
class SettingsApiTest extends IntegrationTest {

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

    private int version(String group) {
        return SettingsSnapshot.version(jdbc, school, group);
    }

    @Test
    void theGroupsComeWithTypedValuesRangesAndSources() {
        String token = login("director").newToken("设置接口");
        String body = anonymous().getWithToken("/api/v1/settings", token).body();
        assertThat(body).contains("\"id\":\"repairs\"", "\"id\":\"assets\"")
                .contains("\"key\":\"repairs.hours.urgent\",\"type\":\"integer\",\"value\":2,\"defaultValue\":2,"
                        + "\"unit\":\"HOURS\",\"min\":\"1\",\"max\":\"720\"")
                .contains("\"key\":\"repairs.guest.enabled\",\"type\":\"boolean\",\"value\":true,\"defaultValue\":false")
                .contains("\"key\":\"assets.compensation.share\",\"type\":\"decimal\",\"value\":100.00")
                .contains("\"choices\":[\"SAME_MONTH\",\"NEXT_MONTH\"]")
                .contains("《政府会计准则第3号——固定资产》");
        String teacher = login("teacher").newToken("老师的接口");
        assertThat(anonymous().getWithToken("/api/v1/settings", teacher).status()).isEqualTo(403);
    }

    @Test
    void aPutChangesTheValuesAndAStaleVersionGets409AndWritesNothing() {
        String token = login("director").newToken("设置接口");
        WebUser client = anonymous();
        int version = version("assets");
        var saved = client.sendJson("PUT", "/api/v1/settings/assets", """
                {"version": %d, "values": {"assets.compensation.share": 85.5}}""".formatted(version), token);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"value\":85.50").contains("\"version\":" + (version + 1));
        assertThat(settings.get(school, AssetSettingKeys.COMPENSATION_SHARE)).isEqualByComparingTo("85.5");
        assertThat(settings.get(school, AssetSettingKeys.DEPRECIATION_START)).as("a key left out keeps its value")
                .isEqualTo(before(AssetSettingKeys.DEPRECIATION_START));

        long history = Demo.count(jdbc, "SELECT count(*) FROM platform.setting_change");
        var stale = client.sendJson("PUT", "/api/v1/settings/assets", """
                {"version": %d, "values": {"assets.compensation.share": "60"}}""".formatted(version), token);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("error.conflict.stale");
        assertThat(settings.get(school, AssetSettingKeys.COMPENSATION_SHARE)).isEqualByComparingTo("85.5");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.setting_change")).isEqualTo(history);
    }

    private <T> T before(org.houqin.platform.settings.Setting<T> setting) {
        return settings.get(school, setting);
    }

    @Test
    void aWrongValueGets400NamingTheFieldAndTheRuleWithoutRepeatingIt() {
        String token = login("director").newToken("设置接口");
        WebUser client = anonymous();
        int version = version("repairs");
        var refused = client.sendJson("PUT", "/api/v1/settings/repairs", """
                {"version": %d, "values": {"repairs.hours.urgent": "72x<b>", "repairs.hours.normal": 9999,
                 "repairs.guest.enabled": {"on": true}, "repairs.nothing": 1}}""".formatted(version), token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("{\"field\":\"repairs.hours.urgent\",\"code\":\"settings.invalid.integer\"")
                .contains("{\"field\":\"repairs.guest.enabled\",\"code\":\"settings.invalid.type\"")
                .contains("{\"field\":\"repairs.nothing\",\"code\":\"settings.invalid.unknown\"")
                .doesNotContain("72x", "<b>", "java.", "Exception", "String", "Integer");
        assertThat(version("repairs")).isEqualTo(version);

        var outOfRange = client.sendJson("PUT", "/api/v1/settings/repairs", """
                {"version": %d, "values": {"repairs.hours.normal": 9999}}""".formatted(version), token);
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body()).contains("\"field\":\"repairs.hours.normal\",\"code\":\"settings.invalid.range\"")
                .contains("720").doesNotContain("9999");
        var noVersion = client.sendJson("PUT", "/api/v1/settings/repairs", """
                {"values": {"repairs.hours.normal": 80}}""", token);
        assertThat(noVersion.body()).contains("\"field\":\"version\",\"code\":\"settings.invalid.required\"");
        assertThat(settings.get(school, RepairSettingKeys.NORMAL_HOURS)).isEqualTo(before(RepairSettingKeys.NORMAL_HOURS));
    }

    @Test
    void theOpenApiDescriptionListsTheSettingsEndpoints() {
        String docs = login("admin").getJson("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/settings", "/api/v1/settings/{groupId}", "Change a group of settings");
    }
}
