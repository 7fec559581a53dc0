package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 仓管员 makes a token for the asset scanner on the phone: read-only, limited to 资产, valid for the year the page
 * offers. The token is shown once, then only its start, its access and its module stay in the list.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class ApiTokenJourneyTest extends IntegrationTest {

    @Test
    void theStorekeeperMakesAReadOnlyTokenForAssetsAndSeesItOnce() {
        Page phone = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(phone, "storekeeper");
            phone.navigate("/account/tokens");
            assertThat(phone.locator("main h1")).hasText("API 令牌");
            phone.getByLabel("令牌名称（用途）").fill("资产扫码枪");
            phone.getByLabel("只读").check();
            phone.getByLabel("资产", new Page.GetByLabelOptions().setExact(true)).check();
            assertThat(phone.getByLabel("有效期至")).hasValue(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("创建令牌")).click();

            Locator once = phone.locator("#new-token");
            assertThat(once).containsText("hq_");
            String token = once.textContent().strip();
            Locator row = phone.locator("tbody tr", new Page.LocatorOptions().setHasText("资产扫码枪"));
            assertThat(row).containsText("只读");
            assertThat(row).containsText("资产");
            assertThat(row).containsText(token.substring(0, 10));
            Browsers.screenshot(phone, "api-token-once-phone");

            phone.reload();
            assertThat(phone.locator("#new-token")).hasCount(0);
            assertThat(phone.locator("main")).not().containsText(token);
            assertThat(phone.locator("tbody tr", new Page.LocatorOptions().setHasText("资产扫码枪"))).containsText("只读");
        } finally {
            Browsers.close(phone);
        }
    }
}
