package org.houqin.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a 150,000-row workbook (about what one 8 MB sheet holds) uploaded to an import page is refused with the
 * row limit while it is read, instead of being loaded whole; the server answers the next request as usual.
 */
class BoundedImportTest extends IntegrationTest {

    private static final int ROWS = 150_000;
    private static byte[] huge;

    @Test
    void aHundredAndFiftyThousandRowsAreRefusedWithTheRowLimitOnTheAssetImport() throws IOException {
        WebUser director = login("director");
        WebUser.Page page = director.upload("/assets/import", "台账.xlsx", huge(), Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("文件超过了一次最多导入的 20,000 行数据");
        assertThat(director.get("/assets").status()).isEqualTo(200);
    }

    @Test
    void aHundredAndFiftyThousandRowsAreRefusedWithTheRowLimitOnTheRoomImport() throws IOException {
        WebUser admin = login("admin");
        WebUser.Page page = admin.upload("/places/rooms/import", "rooms.xlsx", huge(), Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("文件超过了一次最多导入的 20,000 行数据");
        assertThat(admin.get("/places/rooms").status()).isEqualTo(200);
        assertThat(admin.get("/places/rooms/import").body()).doesNotContain("20,000 行数据，没有读取");
    }

    @Test
    void aFileOverTheUploadLimitGetsAPageNamingTheLimitInsteadOfAnError() {
        WebUser admin = login("admin");
        byte[] eleven = new byte[11 * 1024 * 1024];
        new java.util.Random(7).nextBytes(eleven);
        WebUser.Page page = admin.upload("/places/rooms/import", "rooms.xlsx", eleven, Map.of());
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("文件太大").contains("上传的文件超过了 10 MB");
        assertThat(admin.get("/places/rooms/import").status()).isEqualTo(200);
    }

    /** Written by the streaming writer, a hundred rows in memory at a time, so the test stays small too. */
    private static synchronized byte[] huge() throws IOException {
        if (huge == null) {
            try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                book.setCompressTempFiles(true);
                var sheet = book.createSheet("房间");
                var header = sheet.createRow(0);
                String[] headers = {"房间编号", "名称", "楼栋", "楼层", "类型"};
                for (int c = 0; c < headers.length; c++) {
                    header.createCell(c).setCellValue(headers[c]);
                }
                for (int r = 1; r <= ROWS; r++) {
                    var row = sheet.createRow(r);
                    row.createCell(0).setCellValue("R" + r);
                    row.createCell(1).setCellValue("房间" + r);
                    row.createCell(2).setCellValue("A");
                    row.createCell(3).setCellValue(r % 4 + 1);
                    row.createCell(4).setCellValue("教室");
                }
                book.write(out);
                book.dispose();
                huge = out.toByteArray();
            }
        }
        assertThat(huge.length).as("under the 10 MB upload limit").isLessThan(10 * 1024 * 1024);
        return huge;
    }
}
