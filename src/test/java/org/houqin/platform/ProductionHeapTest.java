package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.houqin.support.AssetRegisters;
import org.houqin.support.Imports;
import org.houqin.support.ProductionJvm;
import org.houqin.support.Race;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the application in a JVM of its own with the production heap (-Xmx256m, operations.md) refuses an
 * asset register of 150,000 rows (about 8 MB, what exhausted that heap before ADR 0023) with the row limit, refuses
 * JSON bodies of 21 MB, alone and eight at once, goes on answering, and imports a register of a realistic size. The JVM exits on an OutOfMemoryError, so a heap exhausted
 * anywhere fails the test; how long anything takes is not checked.
 */
@Tag("integration")
class ProductionHeapTest {

    private static final String IMPORT = "/assets/import";

    @Test
    void aHundredAndFiftyThousandRowsAreRefusedWithinTheProductionHeapWhichGoesOnAnsweringAndImporting()
            throws Exception {
        try (ProductionJvm app = ProductionJvm.start("production-heap")) {
            Path huge = AssetRegisters.valid(app.folder().resolve("huge.xlsx"), 150_000);
            assertThat(Files.size(huge)).as("about 8 MB, under the 10 MB upload limit")
                    .isBetween(7L * 1024 * 1024, 10L * 1024 * 1024);
            WebUser director = WebUser.login(app.port(), "director", "houqin");
            int started = app.collections();

            WebUser.Page refused = director.upload(IMPORT, "台账.xlsx", Files.readAllBytes(huge), Map.of());
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains("文件超过了一次最多导入的 20,000 行数据");
            assertThat(answer(app, director, "/assets")).isEqualTo(200);

            // JSON bodies far over their limit, one and eight at once, are refused (413) before they are read
            String field = "灯".repeat(7 * 1024 * 1024);
            String json = "{\"location\":\"三楼\",\"categoryId\":1,\"description\":\"" + field + "\"}";
            assertThat(director.sendJson("POST", "/api/v1/repairs", json, null).status()).isEqualTo(413);
            List<WebUser.Page> eight = Race.of(IntStream.range(0, 8).<Callable<WebUser.Page>>mapToObj(
                    i -> () -> WebUser.login(app.port(), "teacher", "houqin").sendJson("POST", "/api/v1/repairs",
                            json, null)).toList());
            assertThat(eight).allSatisfy(page -> assertThat(page.status()).isEqualTo(413));
            assertThat(answer(app, director, "/repairs")).isEqualTo(200);

            Path register = AssetRegisters.valid(app.folder().resolve("register.xlsx"), 2_000);
            String id = Imports.upload(director, IMPORT, "台账.xlsx", Files.readAllBytes(register));
            assertThat(Imports.donePage(director, Imports.run(director, IMPORT, id, false)))
                    .contains("已导入 2,000 张资产卡片");
            assertThat(app.alive()).isTrue();
            System.out.printf("Under -Xmx256m: %,d KB refused and 2,000 rows imported with at most %d MB of heap in use"
                    + " before a collection%n", Files.size(huge) / 1024, app.peakHeapMegabytes(started));
        }
    }

    /** A page as the signed-in user, with a client that waits for at most 30 seconds. */
    private static int answer(ProductionJvm app, WebUser user, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Cookie", "HOUQIN_SESSION=" + user.sessionId()).timeout(Duration.ofSeconds(30)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
