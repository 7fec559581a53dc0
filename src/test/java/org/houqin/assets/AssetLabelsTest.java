package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** QR labels on the stocks the office buys, the label's QR entry, the printed asset card and a room's assets. */
class AssetLabelsTest extends IntegrationTest {

    private long category(String code) {
        return Demo.count(jdbc, "SELECT id FROM assets.category WHERE code = ? AND school_id = ?", code,
                Demo.schoolId(jdbc));
    }

    private long register(WebUser user, String name, Long roomId) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("categoryId", String.valueOf(category("2010000")));
        form.put("purchasedOn", purchased());
        form.put("quantity", "1");
        form.put("unitValue", "4800.00");
        form.put("fundingSource", "FISCAL");
        if (roomId != null) {
            form.put("roomId", String.valueOf(roomId));
        }
        WebUser.Page created = user.post("/assets", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return AssetRegisterTest.idOf(created);
    }

    private List<Long> registerMany(WebUser user, String prefix, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(register(user, prefix + "-" + i, null));
        }
        return ids;
    }

    private static String purchased() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).toString();
    }

    private String number(long id) {
        return Demo.asSystem(() -> jdbc.sql("SELECT number FROM assets.asset WHERE id = ?").param(id)
                .query(String.class).single());
    }

    private String token(long id) {
        return Demo.asSystem(() -> jdbc.sql("SELECT qr_token FROM assets.asset WHERE id = ?").param(id)
                .query(String.class).single());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private record Pdf(int pages, String text) {
    }

    private static Pdf read(byte[] bytes) {
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new Pdf(document.getNumberOfPages(), new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void labelsFillWholeSheetsOfTheChosenStockAndSkipUsedPositions() {
        WebUser director = login("director");
        String prefix = "标签测试" + System.nanoTime();
        List<Long> ids = registerMany(director, prefix, 25);

        WebUser.Page page = director.get("/assets/labels?q=" + q(prefix));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("将为 25 张资产卡片各打印一枚二维码标签").contains("A4 不干胶 3×8");

        Pdf sheet = read(director.getBytes("/assets/labels.pdf?stock=A4_3X8&q=" + q(prefix)));
        assertThat(sheet.pages()).as("24 labels a sheet").isEqualTo(2);
        assertThat(sheet.text()).contains(number(ids.get(0))).contains(number(ids.get(24))).contains("固定资产")
                .as("no line cut off").contains("购置 " + purchased());

        assertThat(read(director.getBytes("/assets/labels.pdf?stock=A4_2X7&q=" + q(prefix))).pages()).isEqualTo(2);

        Pdf thermal = read(director.getBytes("/assets/labels.pdf?stock=THERMAL_50X30&q=" + q(prefix)));
        assertThat(thermal.pages()).as("one label a page").isEqualTo(25);
        assertThat(thermal.text()).contains(number(ids.get(12))).contains("购置 " + purchased());

        Pdf partlyUsed = read(director.getBytes("/assets/labels.pdf?stock=A4_3X8&skip=23&ids=" + ids.get(0)
                + "&ids=" + ids.get(1)));
        assertThat(partlyUsed.pages()).isEqualTo(2);
        assertThat(partlyUsed.text()).contains(number(ids.get(0))).contains(number(ids.get(1)))
                .doesNotContain(number(ids.get(2)));
    }

    @Test
    void aCustomGridThatDoesNotFitTheSheetIsRefusedAtItsField() {
        WebUser director = login("director");
        long id = register(director, "自定义排版测试", null);
        WebUser.Page tooWide = director.get("/assets/labels.pdf?stock=CUSTOM&columns=3&rows=8&labelWidth=80"
                + "&labelHeight=30&marginTop=5&marginLeft=5&gapX=0&gapY=0&ids=" + id);
        assertThat(tooWide.status()).isEqualTo(200);
        assertThat(tooWide.body()).contains("共 245 毫米，超出了 A4 纸宽 210 毫米").contains("is-invalid").contains("ids\" value=\"" + id);

        WebUser.Page tooTall = director.get("/assets/labels.pdf?stock=CUSTOM&columns=2&rows=10&labelWidth=90"
                + "&labelHeight=30&marginTop=5&marginLeft=5&gapX=2&gapY=0&ids=" + id);
        assertThat(tooTall.body()).contains("超出了 A4 纸高 297 毫米");

        WebUser.Page skipTooMany = director.get("/assets/labels.pdf?stock=A4_2X7&skip=14&ids=" + id);
        assertThat(skipTooMany.body()).contains("跳过的位置应少于一张纸上的标签数（最多 13）");

        Pdf fits = read(director.getBytes("/assets/labels.pdf?stock=CUSTOM&columns=2&rows=5&labelWidth=95"
                + "&labelHeight=50&marginTop=10&marginLeft=8&gapX=4&gapY=5&ids=" + id));
        assertThat(fits.pages()).isEqualTo(1);
        assertThat(fits.text()).contains(number(id));
    }

    @Test
    void aScannedLabelOpensTheCardForThoseWhoMaySeeIt() {
        WebUser director = login("director");
        long id = register(director, "扫码测试电脑", null);
        String token = token(id);
        assertThat(token).matches("[0-9a-f]{24}");

        assertThat(director.get("/a/" + token).redirectsTo("/assets/" + id)).isTrue();
        assertThat(director.get("/a/" + "0".repeat(24)).status()).isEqualTo(404);
        assertThat(login("teacher").get("/a/" + token).status()).as("outside her scope").isEqualTo(404);

        WebUser visitor = anonymous();
        WebUser.Page label = visitor.get("/a/" + token);
        assertThat(label.status()).isEqualTo(302);
        assertThat(label.location()).endsWith("/login");
        WebUser.Page signedIn = visitor.tryLogin("director", "houqin");
        assertThat(signedIn.location()).as("back to the label after signing in").contains("/a/" + token);
        URI back = URI.create(signedIn.location());
        WebUser.Page card = visitor.get(back.getRawPath() + (back.getRawQuery() == null ? "" : "?" + back.getRawQuery()));
        assertThat(card.redirectsTo("/assets/" + id)).as(card.location()).isTrue();
    }

    @Test
    void thePrintedCardHoldsTheFactsAndIsOnlyForThoseInScope() {
        WebUser director = login("director");
        long id = register(director, "卡片打印测试<b>投影仪</b>", null);
        Pdf card = read(director.getBytes("/assets/" + id + "/card.pdf"));
        assertThat(card.text()).contains("固定资产卡片").contains(number(id)).contains("卡片打印测试<b>投影仪</b>")
                .contains("净值").contains("4,800.00").contains("登记入账").contains("后勤主任");
        long months = Demo.count(jdbc, """
                SELECT coalesce(a.useful_life_months, c.useful_life_months) FROM assets.asset a
                JOIN assets.category c ON c.id = a.category_id WHERE a.id = ?""", id);
        assertThat(months).as("a life of whole years").isPositive().matches(m -> m % 12 == 0);
        assertThat(card.text()).as("the life in years, as on the card page").contains((months / 12) + " 年")
                .doesNotContain(months + " 个月");
        assertThat(login("teacher").get("/assets/" + id + "/card.pdf").status()).isEqualTo(404);
    }

    @Test
    void aRoomPageListsItsAssetsWithTheKeepersButtons() {
        WebUser admin = login("admin");
        long building = Demo.count(jdbc, "SELECT id FROM places.building WHERE code = 'A' AND school_id = ?",
                Demo.schoolId(jdbc));
        String code = "AL-" + (System.nanoTime() % 100_000);
        WebUser.Page room = admin.post("/places/rooms", Map.of("buildingId", String.valueOf(building), "floor", "2",
                "code", code, "name", "资产面板测试室", "roomType", "OFFICE", "version", "0"));
        assertThat(room.status()).as(room.body()).isEqualTo(302);
        long roomId = Long.parseLong(room.location().replaceAll(".*/places/rooms/(\\d+)$", "$1"));

        WebUser director = login("director");
        assertThat(director.get("/places/rooms/" + roomId).body()).contains("这个房间还没有登记资产");
        long id = register(director, "面板里的空调", roomId);
        String page = director.get("/places/rooms/" + roomId).body();
        assertThat(page).contains("本房间的资产").contains(number(id)).contains("面板里的空调")
                .contains("1 张卡片，共 1 件，原值合计 4,800.00 元")
                .contains("/assets/new?room=" + roomId).contains("/assets/labels?room=" + roomId);

        Pdf labels = read(director.getBytes("/assets/labels.pdf?stock=A4_3X8&room=" + roomId));
        assertThat(labels.pages()).isEqualTo(1);
        assertThat(labels.text()).contains(number(id)).contains(code);
    }
}
