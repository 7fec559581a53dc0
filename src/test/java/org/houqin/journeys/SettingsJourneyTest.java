package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.houqin.assets.settings.AssetSettingKeys;
import org.houqin.platform.settings.SettingChanges;
import org.houqin.platform.settings.Settings;
import org.houqin.repairs.settings.RepairSettingKeys;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.SettingsSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 后勤主任 opens 系统设置 from the menu at the office, then on the phone changes how long a normal repair may take:
 * a wrong number is refused at its field, the right one is saved and shows in the group's history.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class SettingsJourneyTest extends IntegrationTest {

    @Autowired
    Settings settings;
    @Autowired
    SettingChanges changes;

    private SettingsSnapshot before;

    @BeforeEach
    void remember() {
        before = SettingsSnapshot.of(settings, Demo.schoolId(jdbc), RepairSettingKeys.GROUP, AssetSettingKeys.GROUP);
    }

    @AfterEach
    void putBack() {
        before.restore(changes, jdbc);
    }

    @Test
    void theDirectorFindsTheSettingsAtTheOfficeAndChangesOneOnThePhone() {
        Page desk = Browsers.newPage(port, Viewport.DESKTOP);
        try {
            Browsers.login(desk, "director");
            desk.locator("#sidebar a.menu-link", new Page.LocatorOptions().setHasText("系统设置")).click();
            desk.waitForURL(url -> Browsers.path(url).equals("/settings"));
            assertThat(desk.locator("main h1")).hasText("系统设置");
            assertThat(desk.locator("#repairs h2")).hasText("报修维修");
            assertThat(desk.locator("#assets")).containsText("《政府会计准则第3号——固定资产》");
            Browsers.screenshot(desk, "settings-director-desktop");
        } finally {
            Browsers.close(desk);
        }

        Page phone = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(phone, "director");
            phone.navigate("/settings");
            Locator normal = phone.locator("[id='setting-repairs.hours.normal']");
            normal.fill("0");
            phone.locator("#repairs").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
            assertThat(phone.locator("#repairs .alert-danger")).containsText("本组设置都没有保存");
            assertThat(normal).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(phone.locator("#repairs")).containsText("数值超出允许范围：应在 1 至 720 之间");
            Browsers.screenshot(phone, "settings-refused-phone");

            phone.locator("[id='setting-repairs.hours.normal']").fill("96");
            phone.locator("#repairs").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
            phone.waitForURL(url -> url.endsWith("/settings#repairs"));
            assertThat(phone.locator(".alert-success")).containsText("已保存");
            assertThat(phone.locator("[id='setting-repairs.hours.normal']")).hasValue("96");
            phone.locator("#repairs details summary").click();
            assertThat(phone.locator("#repairs details li").first()).containsText("72 小时");
            assertThat(phone.locator("#repairs details li").first()).containsText("96 小时");
            Browsers.screenshot(phone, "settings-director-phone");
        } finally {
            Browsers.close(phone);
        }
    }

    @Test
    void theAdministratorSeesTheSameGroupsOnBothScreens() {
        for (Viewport viewport : Viewport.values()) {
            Page page = Browsers.newPage(port, viewport);
            try {
                Browsers.login(page, "admin");
                page.navigate("/settings");
                assertThat(page.locator(".settings-group")).hasCount(4);
                Browsers.screenshot(page, "settings-admin-" + viewport.name().toLowerCase());
            } finally {
                Browsers.close(page);
            }
        }
    }
}
