package org.houqin.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.houqin.repairs.RepairFixtures;
import org.houqin.support.AssetRegisters;
import org.houqin.support.Imports;
import org.houqin.support.ProductionJvm;
import org.houqin.support.WebUser;
import org.houqin.warehouse.requisition.RequisitionFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application killed with SIGKILL while people write: an import of 3,000 register rows, eight approval decisions,
 * six stock issues and eight repair reports with photos are under way. After the restart each is whole or absent:
 * an import has all its rows or none, a decided requisition has its approval, its status and its storekeeper's notice
 * together, an issue has its lines in the ledger and the balances agree with the ledger, a report has its photo
 * and every photo's file is there. The interrupted import can then be run again.
 */
@Tag("integration")
class KilledNodeTest {

    private static final String IMPORT = "/assets/import";
    private static final int ROWS = 3_000;

    @Test
    void aNodeKilledWhileFourKindsOfWritesAreUnderWayComesBackWithEachOfThemWholeOrAbsent() throws Exception {
        ProductionJvm first = ProductionJvm.start("killed");
        Path folder = first.folder();
        List<Long> decided = new ArrayList<>();
        List<Long> issued = new ArrayList<>();
        String importId;
        try {
            JdbcClient sql = database(first.databasePort());
            RequisitionFixtures requisitions = new RequisitionFixtures(sql);
            int port = first.port();
            WebUser teacher = WebUser.login(port, "teacher", "houqin");
            WebUser leader = WebUser.login(port, "leader", "houqin");
            WebUser storekeeper = WebUser.login(port, "storekeeper", "houqin");
            WebUser director = WebUser.login(port, "director", "houqin");
            for (int i = 0; i < 8; i++) {
                decided.add(requisitions.request(teacher, "PRINT", "断电测试待批 " + i, "BG-001", "1"));
            }
            for (int i = 0; i < 6; i++) {
                long id = requisitions.request(teacher, "PRINT", "断电测试待发 " + i, "BG-001", "1");
                assertThat(requisitions.decide(leader, id, "APPROVE", null).status()).isEqualTo(302);
                issued.add(id);
            }
            Path register = AssetRegisters.valid(folder.resolve("register.xlsx"), ROWS);
            importId = Imports.upload(director, IMPORT, "断电台账.xlsx", Files.readAllBytes(register));
            Map<String, String> mapping = Imports.guessedMapping(director, IMPORT, importId);
            RepairFixtures repairs = new RepairFixtures(sql);

            // the import alone, the rest one after another on three threads, so that the kill finds some done, some
            // under way and some not begun
            ExecutorService writers = Executors.newFixedThreadPool(4);
            writers.submit(() -> director.post(IMPORT + "/" + importId, mapping));
            for (int i = 0; i < 8; i++) {
                long decision = decided.get(i);
                writers.submit(() -> requisitions.decide(leader, decision, "APPROVE", null));
                String description = "断电测试报修 " + i;
                writers.submit(() -> repairs.report(teacher, "A-101", "照明", description));
                if (i < issued.size()) {
                    long issue = issued.get(i);
                    Map<String, String> form = requisitions.issueForm(issue, "杨佳怡", "1");
                    writers.submit(() -> storekeeper.post("/warehouse/requisitions/" + issue + "/issue", form));
                }
            }
            Thread.sleep(500);
            first.kill();
            writers.shutdownNow();
            writers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (Throwable failure) {
            first.close();
            throw failure;
        }

        try (ProductionJvm second = ProductionJvm.startIn(folder)) {
            int port = second.port();
            JdbcClient sql = database(second.databasePort());
            long imported = count(sql, "SELECT count(*) FROM assets.asset WHERE name ~ '^学生课桌椅[0-9]+$'");
            assertThat(imported).as("an import is whole or absent").isIn(0L, (long) ROWS);

            for (long id : decided) {
                String status = new RequisitionFixtures(sql).status(id);
                long approved = count(sql, """
                        SELECT count(*) FROM approval.request WHERE document_type = 'RQ' AND document_id = ?
                        AND status = 'APPROVED'""", id);
                long notices = count(sql, """
                        SELECT count(*) FROM notifications.notification n JOIN iam.app_user u ON u.id = n.user_id
                        WHERE u.username = 'storekeeper' AND n.message_key = 'requisition.notify.toIssue'
                        AND n.link = ?""", "/warehouse/requisitions/" + id);
                assertThat(List.of(status, approved, notices)).as("requisition %d: its status, approval and notice", id)
                        .isIn(List.of("SUBMITTED", 0L, 0L), List.of("APPROVED", 1L, 1L));
            }
            for (long id : issued) {
                String status = new RequisitionFixtures(sql).status(id);
                long movements = count(sql, """
                        SELECT count(*) FROM warehouse.requisition_issue i
                        JOIN warehouse.requisition_issue_line l ON l.issue_id = i.id
                        JOIN warehouse.movement m ON m.id = l.movement_id WHERE i.requisition_id = ?""", id);
                assertThat(List.of(status, movements)).as("requisition %d: its status and ledger lines", id)
                        .isIn(List.of("APPROVED", 0L), List.of("ISSUED", 1L));
            }
            assertThat(count(sql, """
                    SELECT count(*) FROM (SELECT item_id, store_id, sum(quantity) AS q FROM warehouse.movement
                                          GROUP BY 1, 2) m
                    FULL JOIN warehouse.balance b USING (item_id, store_id)
                    WHERE coalesce(m.q, 0) <> coalesce(b.quantity, 0)""")).as("balances that differ from the ledger")
                    .isZero();

            for (Map<String, Object> report : sql.sql("""
                    SELECT r.id, (SELECT count(*) FROM platform.attachment a
                                  WHERE a.owner_type = 'repair' AND a.owner_id = r.id) AS photos
                    FROM repairs.request r WHERE r.description LIKE '断电测试报修%'""").query().listOfRows()) {
                assertThat(report.get("photos")).as("repair %s keeps its photo", report.get("id")).isEqualTo(1L);
            }
            assertThat(stored(folder)).as("every attachment's file")
                    .containsAll(sql.sql("SELECT CAST(id AS varchar) FROM platform.attachment").query(String.class)
                            .list());

            WebUser director = WebUser.login(port, "director", "houqin");
            if (imported == 0) {
                Imports.donePage(director, Imports.run(director, IMPORT, importId, false));
            }
            assertThat(count(sql, "SELECT count(*) FROM assets.asset WHERE name ~ '^学生课桌椅[0-9]+$'"))
                    .as("the interrupted import, run again after the restart").isEqualTo(ROWS);
            System.out.printf("Killed while writing; after the restart: import %s, %d of 8 decisions, %d of 6 issues,"
                    + " %d of 8 reports%n", imported == 0 ? "absent (run again)" : "whole",
                    count(sql, "SELECT count(*) FROM approval.request WHERE document_type = 'RQ' AND status = 'APPROVED'"
                            + " AND document_id IN (" + join(decided) + ")"),
                    count(sql, "SELECT count(*) FROM warehouse.requisition WHERE status = 'ISSUED' AND id IN ("
                            + join(issued) + ")"),
                    count(sql, "SELECT count(*) FROM repairs.request WHERE description LIKE '断电测试报修%'"));
        }
    }

    private static java.util.Set<String> stored(Path folder) throws Exception {
        try (var files = Files.walk(folder.resolve("data").resolve("files"))) {
            return files.map(file -> file.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static long count(JdbcClient sql, String query, Object... params) {
        return sql.sql(query).params(params).query(Long.class).single();
    }

    private static JdbcClient database(int port) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://localhost:" + port + "/houqin");
        source.setUser("postgres");
        return JdbcClient.create(source);
    }
}
