package org.houqin.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.houqin.support.Browsers;
import org.houqin.support.Browsers.Viewport;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.MessyRegister;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The school's old register, kept in Excel for years, on the director's desktop: the header is found under its
 * merged title over two rows (and can be moved), each place, category, department and person the register names in
 * its own way is confirmed once, and every good row becomes a card with its place, category and keeper while every
 * bad row is named with its reason.
 */
@Tag("slow")
@ExtendWith(Browsers.class)
class AssetImportJourneyTest extends IntegrationTest {

    @Test
    void aMessyRegisterImportsEveryGoodRowAfterTheUserMapsItsValues() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        MessyRegister register = new MessyRegister(tag, tag);
        Path file = Files.createTempFile("资产台账", ".xlsx");
        Files.write(file, register.workbook());
        long school = Demo.schoolId(jdbc);
        long furniture = Demo.asSystem(() -> jdbc.sql("SELECT id FROM assets.category WHERE code = '6010000' AND school_id = ?")
                .param(school).query(Long.class).single());
        Page director = Browsers.newPage(port, Viewport.DESKTOP);
        try {
            Browsers.login(director, "director");
            director.navigate("/assets/import");
            director.locator("#file").setInputFiles(file);
            director.getByText("上传并下一步").click();
            assertThat(director.locator("main")).containsText("列名在第 2–3 行");

            director.locator("#twoRows").uncheck();
            director.getByText("按此重新读取").click();
            assertThat(director.locator("main")).containsText("列名在第 2 行");
            director.locator("#twoRows").check();
            director.getByText("按此重新读取").click();
            assertThat(director.locator("main")).containsText("列名在第 2–3 行");
            assertThat(director.locator("#col2_CATEGORY")).hasValue("分类代码");
            Browsers.screenshot(director, "asset-import-mapping-desktop");
            director.locator("button", new Page.LocatorOptions().setHasText("检查并导入")).click();

            assertThat(director.locator("main h1")).containsText("导入资产台账");
            assertThat(director.locator("main")).containsText(register.newPerson());
            Locator desks = director.locator("label", new Page.LocatorOptions().setHasText("课桌椅"));
            if (desks.count() > 0) {
                director.locator("#" + desks.first().getAttribute("for")).selectOption("id:" + furniture);
            }
            Browsers.screenshot(director, "asset-import-values-desktop");
            director.getByText("确认并检查").click();

            assertThat(director.locator("main")).containsText("共 13 行，其中 5 行有错误");
            for (MessyRegister.Line line : register.wrong()) {
                assertThat(director.locator("tr", new Page.LocatorOptions().setHasText(line.wrongBecause())).first())
                        .containsText(String.valueOf(register.rowOf(line)));
            }
            assertThat(director.locator("main")).containsText("小计/合计行，已跳过");
            Browsers.screenshot(director, "asset-import-check-desktop");
            director.locator("button", new Page.LocatorOptions().setHasText("只导入正确的 8 行")).click();

            assertThat(director.locator("main")).containsText("已导入 8 张资产卡片");
            Browsers.screenshot(director, "asset-import-done-desktop");
            assertEquals(register.good().size(), Demo.count(jdbc, """
                    SELECT count(*) FROM assets.asset WHERE name LIKE ? AND room_id IS NOT NULL
                       AND category_id IS NOT NULL AND custodian_staff_id IS NOT NULL""", "%" + tag));
        } finally {
            Browsers.close(director);
        }
    }
}
