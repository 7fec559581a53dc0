package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** A card's photos: uploaded by keepers, checked by content, at most ten, shown only within the card's scope. */
class AssetPhotoTest extends IntegrationTest {

    private long card(WebUser keeper, String name) {
        String number = AssetStocktakeTest.register(keeper, jdbc, Demo.count(jdbc,
                "SELECT id FROM assets.category WHERE code = '2020000' AND school_id = ?", Demo.schoolId(jdbc)), name,
                "C-B01", "2300");
        return Demo.count(jdbc, "SELECT id FROM assets.asset WHERE number = ?", number);
    }

    private long photos(long asset) {
        return Demo.count(jdbc, "SELECT count(*) FROM platform.attachment WHERE owner_type = 'asset' AND owner_id = ?",
                asset);
    }

    private static WebUser.FilePart jpeg(String name) {
        return new WebUser.FilePart("photos", name, "image/jpeg", Images.jpeg(80, 60));
    }

    @Test
    void aKeeperAddsPhotosThatTheCardShows() {
        WebUser keeper = login("storekeeper");
        long asset = card(keeper, "照片测试打印机");
        keeper.get("/assets/" + asset);
        WebUser.Page uploaded = keeper.multipart("/assets/" + asset + "/photos", Map.of(),
                List.of(jpeg("front.jpg"), new WebUser.FilePart("photos", "label.png", "image/png", Images.png(60, 40))));
        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(photos(asset)).isEqualTo(2);
        String page = keeper.get("/assets/" + asset).body();
        assertThat(page).contains("照片（2）").contains("上传照片 2 张");
        String file = Demo.asSystem(() -> jdbc.sql("""
                SELECT CAST(id AS varchar) FROM platform.attachment WHERE owner_type = 'asset' AND owner_id = ?
                ORDER BY created_at LIMIT 1""").param(asset).query(String.class).single());
        assertThat(page).contains("/assets/" + asset + "/photos/" + file + "?thumb=true");
        assertThat(keeper.getBytes("/assets/" + asset + "/photos/" + file).length).isGreaterThan(100);
        assertThat(keeper.getBytes("/assets/" + asset + "/photos/" + file + "?thumb=true").length).isGreaterThan(100);
        assertThat(login("teacher").get("/assets/" + asset + "/photos/" + file).status()).isEqualTo(404);
    }

    @Test
    void aTextFileOrAnEleventhPhotoIsRefusedWithNothingStored() {
        WebUser keeper = login("storekeeper");
        long asset = card(keeper, "照片测试扩音器");
        keeper.get("/assets/" + asset);
        WebUser.Page fake = keeper.multipart("/assets/" + asset + "/photos", Map.of(), List.of(jpeg("ok.jpg"),
                new WebUser.FilePart("photos", "notes.jpg", "image/jpeg", "not a picture".getBytes(StandardCharsets.UTF_8))));
        assertThat(fake.status()).isEqualTo(302);
        assertThat(photos(asset)).as("nothing of the upload is kept").isZero();
        assertThat(keeper.get("/assets/" + asset).body()).contains("invalid-feedback").contains("只接受 JPEG、PNG 或 HEIC 格式的照片");

        List<WebUser.FilePart> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(jpeg("p" + i + ".jpg"));
        }
        keeper.multipart("/assets/" + asset + "/photos", Map.of(), six);
        assertThat(photos(asset)).as("at most five at a time").isZero();
        assertThat(keeper.get("/assets/" + asset).body()).contains("一次最多上传 5 张照片");

        List<WebUser.FilePart> five = six.subList(0, 5);
        for (int round = 0; round < 2; round++) {
            assertThat(keeper.multipart("/assets/" + asset + "/photos", Map.of(), five).status()).isEqualTo(302);
            assertThat(keeper.get("/assets/" + asset).body()).contains("照片已上传");
        }
        assertThat(photos(asset)).isEqualTo(10);
        keeper.multipart("/assets/" + asset + "/photos", Map.of(), List.of(jpeg("eleven.jpg")));
        assertThat(photos(asset)).isEqualTo(10);
        assertThat(keeper.get("/assets/" + asset).body()).contains("每张卡片最多 10 张照片");

        WebUser teacher = login("teacher");
        teacher.get("/assets/mine");
        assertThat(teacher.multipart("/assets/" + asset + "/photos", Map.of(), List.of(jpeg("t.jpg"))).status())
                .isEqualTo(403);
    }
}
