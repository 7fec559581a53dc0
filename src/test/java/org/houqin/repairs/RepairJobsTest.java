package org.houqin.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.houqin.platform.security.SystemWork;
import org.houqin.repairs.plan.PlanJobs;
import org.houqin.repairs.request.RepairJobs;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scheduled side of repairs: plans raise work orders once, late requests are reported, unchecked ones close. */
class RepairJobsTest extends IntegrationTest {

    @Autowired
    PlanJobs plans;

    @Autowired
    RepairJobs jobs;

    @Test
    void aDuePlanRaisesOneWorkOrderEvenWhenTwoNodesRunAtOnce() throws Exception {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        WebUser director = login("director");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        WebUser.Page created = director.post("/repairs/plans", Map.of("name", "消防栓月检（测试）",
                "categoryId", String.valueOf(repairs.categoryId("水路阀门")), "location", "全校消防栓",
                "description", "检查消防栓水压和水带", "cadence", "MONTHLY", "nextDueOn", today.toString(),
                "assigneeUserId", String.valueOf(Demo.userId(jdbc, "worker")), "active", "true"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long plan = Demo.count(jdbc, "SELECT id FROM repairs.plan WHERE name = '消防栓月检（测试）'");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> SystemWork.call(() -> plans.generateDue(today))));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE plan_id = ?", plan)).isEqualTo(1);
        assertThat(Demo.asSystem(() -> jdbc.sql("SELECT status FROM repairs.request WHERE plan_id = ?").param(plan)
                .query(String.class).single())).as("the plan's worker gets it").isEqualTo("ASSIGNED");
        assertThat(Demo.asSystem(() -> jdbc.sql("SELECT next_due_on FROM repairs.plan WHERE id = ?").param(plan)
                .query(LocalDate.class).single())).isEqualTo(today.plusMonths(1));
        assertThat(SystemWork.call(() -> plans.generateDue(today))).isZero();
        assertThat(director.get("/repairs/plans").body()).contains("消防栓月检（测试）").contains("0/1");
    }

    @Test
    void aLateRequestIsReportedToTheOfficeOnceAndAnUncheckedOneClosesItself() {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        WebUser director = login("director");
        long late = repairs.report(login("teacher"), "A-101", "照明", "灯不亮，测试超时提醒");
        Demo.asSystem(() -> jdbc.sql("UPDATE repairs.request SET due_at = now() - interval '1 hour' WHERE id = ?")
                .param(late).update());
        SystemWork.run(jobs::remindOverdue);
        SystemWork.run(jobs::remindOverdue);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification WHERE message_key = 'notification.repair.overdue'
                  AND link = ?""", "/repairs/" + late)).isEqualTo(1);

        long unchecked = repairs.report(login("teacher"), "A-101", "照明", "灯不亮，测试自动验收");
        repairs.workedOn(director, login("worker"), unchecked);
        SystemWork.run(jobs::closeUnconfirmed);
        assertThat(repairs.status(unchecked)).as("not yet: the week has not passed").isEqualTo("AWAITING_CHECK");
        Demo.asSystem(() -> jdbc.sql("UPDATE repairs.request SET finished_at = now() - interval '8 days' WHERE id = ?")
                .param(unchecked).update());
        SystemWork.run(jobs::closeUnconfirmed);
        assertThat(repairs.status(unchecked)).isEqualTo("DONE");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE id = ? AND auto_closed AND rating IS NULL",
                unchecked)).isEqualTo(1);
    }

    @Test
    void statisticsCountLampTubesAndExportTheCurrentFilter() throws Exception {
        WebUser director = login("director");
        String page = director.get("/repairs/stats").body();
        assertThat(page).contains("照明").contains("灯管").contains("本学期共受理报修");
        assertThat(director.get("/repairs/stats?by=WORKER").body()).contains("张师傅");
        assertThat(director.get("/repairs/stats?by=BUILDING").body()).contains("教学楼");
        assertThat(director.get("/repairs/stats?by=MONTH").status()).isEqualTo(200);
        byte[] excel = director.getBytes("/repairs/stats/export.xlsx?by=CATEGORY");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("类别");
            List<String> labels = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                labels.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(labels).contains("照明", "水路阀门");
        }
        long lighting = Demo.count(jdbc, "SELECT id FROM repairs.category WHERE name = '照明' AND school_id = ?",
                Demo.schoolId(jdbc));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                director.getBytes("/repairs/stats/export.xlsx?by=CATEGORY&category=" + lighting)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("one category chosen, one line").isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("照明");
        }
        assertThat(director.get("/repairs/stats?by=MONTH&category=" + lighting).body()).contains("灯管");
        assertThat(login("teacher").get("/repairs/stats").status()).isEqualTo(403);
        assertThat(director.get("/repairs/stats?from=2026-12-01&to=2026-11-01").status()).isEqualTo(409);
    }
}
