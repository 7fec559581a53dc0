package org.houqin.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.support.Demo;
import org.houqin.support.Imports;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12: a run of an import holds its upload only as long as the process running it lives. A second click while
 * it runs is answered 409 "正在导入"; once that process has died (its database connection gone, none of its clean-up
 * run), the same upload imports at once instead of being refused for a day.
 */
class InterruptedImportTest extends IntegrationTest {

    private static final String IMPORT = "/places/rooms/import";

    @Autowired
    private ImportRuns runs;

    @Autowired
    private List<ImportKind<?>> kinds;

    @Autowired
    @Qualifier("migrationDataSource")
    private DataSource owner;

    @Test
    void aRunStillGoingAnswersBusyAndARunWhoseProcessDiedLeavesTheUploadToImportAtOnce() throws Exception {
        WebUser admin = login("admin");
        byte[] sheet = Workbooks.of(List.of("房间编号", "名称", "楼栋", "楼层", "类型"),
                List.of(List.of("CRASH-1", "崩溃后再导入的办公室", "C", "1", "办公室")));
        String id = Imports.upload(admin, IMPORT, "rooms.xlsx", sheet);
        Stuck stuck = new Stuck(kinds.stream().filter(k -> k.name().equals("rooms")).findFirst().orElseThrow());
        CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> stuck.run(UUID.fromString(id)));
        int backend = stuck.reached.get(30, TimeUnit.SECONDS);

        WebUser.Page busy = Imports.run(admin, IMPORT, id, false);
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.body()).contains("这个文件正在导入");

        // The process running it dies: PostgreSQL sees its connection end, and nothing of that process runs again.
        assertThat(JdbcClient.create(owner).sql("SELECT pg_terminate_backend(?, 10000)").param(backend)
                .query(Boolean.class).single()).isTrue();
        WebUser.Page again = Imports.run(admin, IMPORT, id, false);
        assertThat(Imports.donePage(admin, again)).contains("已导入 1 行");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM places.room WHERE code = 'CRASH-1'")).isEqualTo(1);

        stuck.release.countDown();
        assertThat(running).failsWithin(Duration.ofSeconds(30));
        assertThat(admin.get(IMPORT + "/" + id).status()).as("the upload is gone once written").isEqualTo(404);
    }

    /** The room import as far as the kit sees it, whose run stops at its first row until released. */
    private final class Stuck implements ImportKind<Object> {

        final CompletableFuture<Integer> reached = new CompletableFuture<>();
        final CountDownLatch release = new CountDownLatch(1);
        private final ImportKind<?> rooms;

        Stuck(ImportKind<?> rooms) {
            this.rooms = rooms;
        }

        ImportReport run(UUID upload) {
            long school = Demo.schoolId(jdbc);
            CurrentUser me = new CurrentUser(Demo.userId(jdbc, "admin"), "admin", "admin", school, Set.of(school),
                    false, null, null, DataScope.everything(), Set.of());
            ImportMapping mapping = runs.guess(this, runs.preview(this, school, me, upload), Locale.SIMPLIFIED_CHINESE);
            return runs.run(this, school, me, upload, mapping, false, Locale.SIMPLIFIED_CHINESE);
        }

        @Override
        public String name() {
            return rooms.name();
        }

        @Override
        public List<ImportField> fields() {
            return rooms.fields();
        }

        @Override
        public List<String> example() {
            return rooms.example();
        }

        @Override
        public ImportJob<Object> start(long schoolId, CurrentUser me, ImportMapping mapping) {
            return new ImportJob<>() {
                @Override
                public Object check(ImportRow row) {
                    // the run's own connection, which holds whatever the run has taken
                    reached.complete(jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single());
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("the process running this import has died");
                }

                @Override
                public ImportSummary write(List<Object> lines, int rows) {
                    throw new IllegalStateException("never reached");
                }
            };
        }
    }
}
