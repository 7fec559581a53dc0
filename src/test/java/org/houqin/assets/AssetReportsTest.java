package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.houqin.assets.depreciation.Depreciation;
import org.houqin.assets.settings.AssetSettingKeys;
import org.houqin.platform.settings.Settings;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.SettingsSnapshot;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 资产报表, 资产分类 and 资产设置: figures worked by hand on cards of the test's own, and who may see what. */
class AssetReportsTest extends IntegrationTest {

    @Autowired
    Settings settings;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern SENTENCE = Pattern.compile(
            "目前学校空调 ([\\d,]+) 台，共 ([\\d.,]+) 千瓦；电器类资产共 ([\\d,]+) 台，总功率 ([\\d.,]+) 千瓦");
    private static final Pattern CELL = Pattern.compile("<td[^>]*>\\s*([^<]*?)\\s*</td>");
    private static final Random RANDOM = new Random();

    /** A code no other category starts with: letters, so no trailing zeros make it anyone's parent. */
    private static String uniqueCode() {
        StringBuilder code = new StringBuilder("RPT");
        for (int i = 0; i < 10; i++) {
            code.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return code.toString();
    }

    private long categoryId(String code) {
        return Demo.count(jdbc, "SELECT id FROM assets.category WHERE code = ? AND school_id = ?", code,
                Demo.schoolId(jdbc));
    }

    private String newCategory(WebUser director, String name, String lifeYears) {
        String code = uniqueCode();
        Map<String, String> form = new HashMap<>(Map.of("code", code, "name", name, "lifeYears", lifeYears,
                "depreciable", "true", "active", "true", "version", "0"));
        assertThat(director.post("/assets/categories", form).redirectsTo("/assets/categories")).isTrue();
        return code;
    }

    private long register(WebUser director, String name, long categoryId, LocalDate bought, int quantity,
                          String unitValue, String powerKw) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("categoryId", String.valueOf(categoryId));
        form.put("purchasedOn", bought.toString());
        form.put("quantity", String.valueOf(quantity));
        form.put("unitValue", unitValue);
        form.put("fundingSource", "FISCAL");
        if (powerKw != null) {
            form.put("powerKw", powerKw);
        }
        WebUser.Page created = director.post("/assets", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return AssetRegisterTest.idOf(created);
    }

    /** The cells after a row's label in a report table. */
    private static List<String> row(String page, String label) {
        Matcher matcher = Pattern.compile(Pattern.quote(label) + "</td>(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("a row for %s", label).isTrue();
        List<String> cells = new ArrayList<>();
        Matcher cell = CELL.matcher(matcher.group(1));
        while (cell.find()) {
            cells.add(cell.group(1));
        }
        return cells;
    }

    private boolean sameMonthRule() {
        return settings.get(Demo.schoolId(jdbc), AssetSettingKeys.DEPRECIATION_START) == Depreciation.StartRule.SAME_MONTH;
    }

    @Test
    void aComputerAndThreePrintersShowTheirDepreciationInTheSummaryTheScheduleAndItsExport() throws IOException {
        WebUser director = login("director");
        String code = newCategory(director, "报表测试设备", "6");
        String label = code + " 报表测试设备";
        YearMonth now = YearMonth.now(ZONE);
        LocalDate bought = now.minusMonths(14).atDay(1);
        // 7 200 元 over 72 months = 100 a month; three at 1 200 = 3 600 元 = 50 a month
        register(director, "报表测试电脑", categoryId(code), bought, 1, "7200.00", null);
        register(director, "报表测试打印机", categoryId(code), bought, 3, "1200.00", null);
        int months = sameMonthRule() ? 15 : 14;
        int thisYear = Math.min(now.getMonthValue(), months);

        List<String> summary = row(director.get("/assets/reports?by=CATEGORY").body(), label);
        assertThat(summary).containsExactly("2", "4", "10,800.00", money(10800 - 150 * months));

        String schedule = director.get("/assets/reports/depreciation?by=CATEGORY&month=" + now).body();
        assertThat(row(schedule, label)).containsExactly("2", "10,800.00", "150.00", money(150 * thisYear),
                money(150 * months), money(10800 - 150 * months));
        String before = director.get("/assets/reports/depreciation?month=" + YearMonth.from(bought).minusMonths(1))
                .body();
        assertThat(before).as("not yet bought").doesNotContain(label);

        byte[] file = director.getBytes("/assets/reports/depreciation/export.xlsx?by=CATEGORY&month=" + now);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row line = null;
            for (Row r : workbook.getSheetAt(0)) {
                if (label.equals(r.getCell(0).getStringCellValue())) {
                    line = r;
                }
            }
            assertThat(line).as("the export's row").isNotNull();
            assertThat(number(line.getCell(2))).isEqualByComparingTo("10800");
            assertThat(number(line.getCell(5))).isEqualByComparingTo(String.valueOf(150 * months));
        }
        assertThat(director.getBytes("/assets/reports/export.xlsx?by=SUBCATEGORY")).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void theAirConditionerLineAndTheIdleAssetsGrowByWhatIsRegistered() {
        WebUser director = login("director");
        long[] beforeLine = sentence(director.get("/assets/reports").body());
        long idleBefore = idle(director.get("/assets/reports").body());
        LocalDate bought = LocalDate.now(ZONE).minusMonths(2);
        register(director, "报表测试空调", categoryId("2200100"), bought, 3, "4000", "2.5");
        register(director, "报表测试电脑主机", categoryId("2010000"), bought, 2, "5000", "0.3");
        register(director, "报表测试图书", categoryId("5010000"), bought, 10, "30", null);
        String page = director.get("/assets/reports").body();
        long[] after = sentence(page);
        assertThat(after[0] - beforeLine[0]).as("air conditioners").isEqualTo(3);
        assertThat(after[1] - beforeLine[1]).as("their hundredths of a kW").isEqualTo(750);
        assertThat(after[2] - beforeLine[2]).as("appliances").isEqualTo(5);
        assertThat(after[3] - beforeLine[3]).as("their hundredths of a kW").isEqualTo(810);
        assertThat(idle(page) - idleBefore).as("cards with no place are idle").isEqualTo(3);
        assertThat(page).contains("/assets?status=IDLE");
        for (String by : List.of("SUBCATEGORY", "DEPARTMENT", "BUILDING", "STATUS")) {
            assertThat(director.get("/assets/reports?by=" + by).status()).as(by).isEqualTo(200);
        }
        assertThat(director.get("/assets/reports/depreciation?by=DEPARTMENT").body()).contains("不计提折旧的资产");
    }

    @Test
    void aCategoryAddedByItsCodeUnderTheAirConditionersCountsAsOneAndAsAnAppliance() {
        WebUser director = login("director");
        String code;
        do {
            code = "22001" + (10 + RANDOM.nextInt(90));
        } while (Demo.count(jdbc, "SELECT count(*) FROM assets.category WHERE code = ?", code) > 0);
        Map<String, String> form = new HashMap<>(Map.of("code", code, "name", "柜式空调", "lifeYears", "8",
                "depreciable", "true", "active", "true", "version", "0"));
        assertThat(director.post("/assets/categories", form).redirectsTo("/assets/categories")).as("the appliance "
                + "switch left off, as a user adding a GB/T 14885 leaf does").isTrue();
        long[] before = sentence(director.get("/assets/reports").body());
        register(director, "报表测试柜式空调", categoryId(code), LocalDate.now(ZONE).minusMonths(1), 2, "9000", null);
        long[] after = sentence(director.get("/assets/reports").body());
        assertThat(after[0] - before[0]).as("air conditioners, by the code's place under 2200100").isEqualTo(2);
        assertThat(after[2] - before[2]).as("appliances, by the flag of the category above it").isEqualTo(2);
    }

    @Test
    void aCategoryCodeIsTakenOnceAndAStaleEditIsRefused() {
        WebUser director = login("director");
        WebUser.Page taken = director.post("/assets/categories", Map.of("code", "2010000", "name", "重复的分类",
                "lifeYears", "6", "depreciable", "true", "active", "true", "version", "0"));
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.body()).contains("已有分类使用这个代码");
        WebUser.Page noLife = director.post("/assets/categories", Map.of("code", uniqueCode(), "name", "没有年限",
                "depreciable", "true", "active", "true", "version", "0"));
        assertThat(noLife.body()).contains("计提折旧的分类需要填写使用年限");

        String code = newCategory(director, "报表测试改名", "5");
        long id = categoryId(code);
        assertThat(director.get("/assets/categories").body()).contains(code).contains("报表测试改名");
        Map<String, String> edit = new HashMap<>(Map.of("code", code, "name", "报表测试已改名", "lifeYears", "8",
                "depreciable", "true", "active", "true", "version", "0"));
        assertThat(director.post("/assets/categories/" + id, edit).redirectsTo("/assets/categories")).isTrue();
        assertThat(Demo.count(jdbc, "SELECT useful_life_months FROM assets.category WHERE id = ?", id)).isEqualTo(96);
        assertThat(director.post("/assets/categories/" + id, edit).status()).as("a stale form").isEqualTo(409);
    }

    @Test
    void aSettingsChangeIsCheckedAuditedAndRefusedWhenStale() {
        WebUser director = login("director");
        long school = Demo.schoolId(jdbc);
        String rule = settings.get(school, AssetSettingKeys.DEPRECIATION_START).name();
        String share = AssetSettingKeys.COMPENSATION_SHARE.write(settings.get(school, AssetSettingKeys.COMPENSATION_SHARE));
        long version = SettingsSnapshot.version(jdbc, school, "assets");
        assertThat(director.get("/settings").body()).contains("当月增加当月计提（政府会计准则）");

        WebUser.Page zero = director.post("/settings/assets", Map.of("assets.depreciation.start", rule,
                "assets.compensation.share", "0", "version", String.valueOf(version)));
        assertThat(zero.body()).contains("数值超出允许范围");
        assertThat(director.post("/settings/assets", Map.of("assets.depreciation.start", rule,
                "assets.compensation.share", "12.345", "version", String.valueOf(version))).body()).contains("最多 2 位小数");

        long audited = Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE module = 'assets' AND entity = 'settings'");
        Map<String, String> change = Map.of("assets.depreciation.start", rule, "assets.compensation.share", "85.5",
                "version", String.valueOf(version));
        assertThat(director.post("/settings/assets", change).redirectsTo("/settings#assets")).isTrue();
        assertThat(settings.get(school, AssetSettingKeys.COMPENSATION_SHARE)).isEqualByComparingTo("85.5");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE module = 'assets' AND entity = 'settings'"))
                .isEqualTo(audited + 1);
        assertThat(director.post("/settings/assets", change).status()).as("a stale form").isEqualTo(409);

        assertThat(director.post("/settings/assets", Map.of("assets.depreciation.start", rule,
                "assets.compensation.share", share, "version", String.valueOf(version + 1))).status()).isEqualTo(302);
    }

    @Test
    void aTeacherMayNotSeeTheReportsNorChangeCategoriesOrSettings() {
        WebUser teacher = login("teacher");
        for (String path : List.of("/assets/reports", "/assets/reports/depreciation", "/assets/reports/export.xlsx",
                "/assets/settings", "/assets/categories", "/assets/categories/new")) {
            assertThat(teacher.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(teacher.post("/settings/assets", Map.of("assets.depreciation.start", "NEXT_MONTH",
                "assets.compensation.share", "50", "version", "0")).status()).isEqualTo(403);
        WebUser storekeeper = login("storekeeper");
        assertThat(storekeeper.get("/assets/reports").status()).isEqualTo(200);
        assertThat(storekeeper.get("/assets/settings").status()).isEqualTo(403);
    }

    private static String money(long yuan) {
        return String.format("%,d.00", yuan);
    }

    private static BigDecimal number(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue())
                : new BigDecimal(cell.getStringCellValue());
    }

    /** The power line's four figures, the kW in hundredths. */
    private static long[] sentence(String page) {
        Matcher m = SENTENCE.matcher(page);
        assertThat(m.find()).as("the power line").isTrue();
        return new long[] {whole(m.group(1)), hundredths(m.group(2)), whole(m.group(3)), hundredths(m.group(4))};
    }

    private static long whole(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    private static long hundredths(String text) {
        return new BigDecimal(text.replace(",", "")).movePointRight(2).longValueExact();
    }

    private static long idle(String page) {
        Matcher m = Pattern.compile("id=\"idle-link\"[^>]*>([\\d,]+)<").matcher(page);
        assertThat(m.find()).as("the idle link").isTrue();
        return whole(m.group(1));
    }
}
