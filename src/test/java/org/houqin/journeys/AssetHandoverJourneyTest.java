package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 领用 on a phone: the storekeeper finds an idle projector in the register, hands it to 杨佳怡 for 初一(1)班, and
 * 杨佳怡 signs on the spot; the card now shows it in use with the handover in its history, and 杨佳怡 finds it under
 * 我保管的资产 and signs for her list.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class AssetHandoverJourneyTest extends IntegrationTest {

    @Test
    void aProjectorIsHandedToATeacherWhoSignsOnThePhone() {
        Page keeper = Browsers.newPage(port, Viewport.PHONE);
        Page teacher = Browsers.newPage(port, Viewport.PHONE);
        try {
            Browsers.login(keeper, "storekeeper");
            keeper.navigate("/assets?status=IDLE");
            assertThat(keeper.locator("main h1")).hasText("资产台账");
            keeper.getByPlaceholder("编号、名称、型号、品牌或序列号").fill("投影仪");
            keeper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();
            keeper.locator("#list-table tbody tr").first().locator("a").first().click();
            String number = keeper.locator("main dd").first().textContent().strip();
            assertThat(keeper.locator("main h1")).containsText("闲置");
            keeper.getByText("领用/交接").first().click();

            assertThat(keeper.locator("#lines0\\.assetNumber")).hasValue(number);
            keeper.locator("#roomId").selectOption(new SelectOption().setLabel("教学楼 A-101 初一(1)班教室"));
            keeper.locator("#custodianStaffId").selectOption(new SelectOption().setLabel("杨佳怡"));
            keeper.locator("#receiverName").fill("杨佳怡");
            Browsers.sign(keeper, keeper.locator("[data-signature-pad] canvas"));
            Browsers.screenshot(keeper, "asset-handover-phone");
            keeper.getByText("签字确认并保存").click();

            assertThat(keeper.locator(".alert")).containsText("交接已完成");
            assertThat(keeper.locator("main")).containsText(number);
            assertThat(keeper.locator("main img.signature-image")).isVisible();
            keeper.locator("main a", new Page.LocatorOptions().setHasText(number)).click();
            assertThat(keeper.locator("main h1")).containsText("在用");
            assertThat(keeper.locator(".timeline")).containsText("领用");
            assertThat(keeper.locator(".timeline")).containsText("接收人 杨佳怡");
            assertThat(Demo.count(jdbc, """
                    SELECT count(*) FROM assets.asset a JOIN organization.staff s ON s.id = a.custodian_staff_id
                    WHERE a.number = ? AND s.name = '杨佳怡' AND a.status = 'IN_USE'""", number)).isEqualTo(1);

            Browsers.login(teacher, "teacher");
            teacher.navigate("/assets/mine");
            assertThat(teacher.locator("main h1")).hasText("我保管的资产");
            assertThat(teacher.locator("main")).containsText(number);
            Browsers.sign(teacher, teacher.locator("[data-signature-pad] canvas"));
            teacher.getByText("确认清单无误并签字").click();
            assertThat(teacher.locator(".alert")).containsText("已签字确认");
            assertThat(teacher.locator("main img.signature-image").first()).isVisible();
            Browsers.screenshot(teacher, "asset-custody-phone");
        } finally {
            Browsers.close(keeper);
            Browsers.close(teacher);
        }
    }
}
