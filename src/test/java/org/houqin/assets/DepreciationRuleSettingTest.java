package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.houqin.assets.settings.AssetSettingKeys;
import org.houqin.platform.settings.SettingChanges;
import org.houqin.platform.settings.Settings;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.SettingsSnapshot;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** When depreciation starts is chosen on 系统设置, and a card's figures follow the choice at once. */
class DepreciationRuleSettingTest extends IntegrationTest {

    @Autowired
    Settings settings;
    @Autowired
    SettingChanges changes;

    private long school;
    private SettingsSnapshot before;

    @BeforeEach
    void remember() {
        school = Demo.schoolId(jdbc);
        before = SettingsSnapshot.of(settings, school, AssetSettingKeys.GROUP);
    }

    @AfterEach
    void putBack() {
        before.restore(changes, jdbc);
    }

    private void choose(WebUser director, String rule) {
        Map<String, String> form = Map.of("assets.depreciation.start", rule, "assets.compensation.share", "100",
                "version", String.valueOf(SettingsSnapshot.version(jdbc, school, "assets")));
        assertThat(director.post("/settings/assets", form).redirectsTo("/settings#assets")).isTrue();
    }

    @Test
    void aComputerBoughtFourteenMonthsAgoIsChargedFifteenMonthsUnderGovernmentAccountingAndFourteenOtherwise() {
        WebUser director = login("director");
        long computers = Demo.count(jdbc, "SELECT id FROM assets.category WHERE code = '2010000' AND school_id = ?", school);
        LocalDate bought = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(14).atDay(1);
        Map<String, String> card = new HashMap<>(Map.of("name", "折旧规则测试电脑", "categoryId", String.valueOf(computers),
                "purchasedOn", bought.toString(), "quantity", "1", "unitValue", "7200.00", "fundingSource", "FISCAL"));
        WebUser.Page created = director.post("/assets", card);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long id = AssetRegisterTest.idOf(created);

        choose(director, "SAME_MONTH");
        // 7 200 元 over the category's 6 years: 100 a month
        assertThat(director.get("/assets/" + id).body()).containsPattern(">\\s*15\\s*</dd>")
                .contains("1,500.00", "5,700.00");
        choose(director, "NEXT_MONTH");
        assertThat(director.get("/assets/" + id).body()).containsPattern(">\\s*14\\s*</dd>")
                .contains("1,400.00", "5,800.00");
    }
}
