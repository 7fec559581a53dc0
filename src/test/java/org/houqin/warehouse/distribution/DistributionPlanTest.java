package org.houqin.warehouse.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.support.Demo;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A plan's life around the hand-overs: drafted and edited, answered at its fields, closed or cancelled, kept apart. */
class DistributionPlanTest extends DistributionTestBase {

    private static final List<String> TABLES = List.of("distribution", "distribution_line", "distribution_class",
            "distribution_class_line", "distribution_handover", "distribution_handover_line", "distribution_return",
            "distribution_return_line");

    @Autowired
    OrganizationApi organization;

    @Test
    void aDraftIsAnsweredAtItsFieldsAndChangesUntilIssuingStarts() {
        long books = fixtures.textbook("测试英语作业本", "500", "0.90");
        long plans = Demo.count(jdbc, "SELECT count(*) FROM warehouse.distribution");
        assertThat(keeper.post("/warehouse/distributions", Map.of()).body()).contains("必填").contains("is-invalid");
        assertThat(keeper.post("/warehouse/distributions", fixtures.planForm("空计划")).body())
                .contains("请至少为一个年级填写一行物品");
        assertThat(keeper.post("/warehouse/distributions", fixtures.planForm("零", "初一", books, 0, 0)).body())
                .contains("is-invalid");
        assertThat(keeper.post("/warehouse/distributions", fixtures.planForm("两行", "初一", books, 8, 0, "初一", books, 6, 0))
                .body()).contains("同一年级的同一物品只需填写一行");
        Map<String, String> noEach = fixtures.planForm("缺数量", "初一", books, 8, 0);
        noEach.remove("lines[0].perStudent");
        assertThat(keeper.post("/warehouse/distributions", noEach).body()).contains("必填");
        Map<String, String> moreRows = fixtures.planForm("加一行", "初一", books, 8, 0);
        moreRows.put("addRow", String.valueOf(fixtures.grade("初二")));
        assertThat(keeper.post("/warehouse/distributions", moreRows).status()).isEqualTo(200);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.distribution")).isEqualTo(plans);

        long plan = DistributionFixtures.created(keeper.post("/warehouse/distributions",
                fixtures.planForm("草稿", "初一", books, 8, 0)));
        Map<String, String> changed = fixtures.planForm("草稿（改）", "初三", books, 6, 2);
        changed.put("version", String.valueOf(fixtures.version(plan)));
        assertThat(keeper.get("/warehouse/distributions/" + plan + "/edit").body()).contains("value=\"8\"");
        assertThat(keeper.post("/warehouse/distributions/" + plan + "/edit", changed).status()).isEqualTo(302);
        assertThat(keeper.post("/warehouse/distributions/" + plan + "/edit", changed).status())
                .as("the same edit again finds the plan changed").isEqualTo(409);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.distribution_line l JOIN organization.grade g ON g.id = l.grade_id
                WHERE l.distribution_id = ? AND g.name = '初三' AND l.per_student = 6 AND l.extra_per_class = 2""", plan))
                .isEqualTo(1);
        assertThat(keeper.get("/warehouse/distributions/" + plan).body()).contains("草稿（改）").contains("每生 6，每班加 2");

        assertThat(keeper.post("/warehouse/distributions/" + plan + "/start",
                Map.of("version", String.valueOf(fixtures.version(plan)))).status()).isEqualTo(302);
        assertThat(keeper.get("/warehouse/distributions/" + plan + "/edit").status()).isEqualTo(409);
        changed.put("version", String.valueOf(fixtures.version(plan)));
        assertThat(keeper.post("/warehouse/distributions/" + plan + "/edit", changed).body())
                .contains("这份计划已开始发放，不能再修改");
        assertThat(keeper.post("/warehouse/distributions/" + plan + "/start",
                Map.of("version", String.valueOf(fixtures.version(plan)))).status()).isEqualTo(409);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.distribution_class WHERE distribution_id = ?", plan))
                .as("the class lists are made once").isEqualTo(12);
    }

    @Test
    void aClosedPlanIssuesNothingMoreAndADraftIsCancelled() {
        long books = fixtures.textbook("测试历史作业本", "2000", "0.80");
        long plan = fixtures.started(keeper, "结束测试", "初三", books, 2, 0);
        String version = String.valueOf(fixtures.version(plan));
        keeper.post("/warehouse/distributions/" + plan + "/close", Map.of("version", version));
        assertThat(fixtures.status(plan)).isEqualTo("ISSUING");
        assertThat(keeper.get("/warehouse/distributions/" + plan).body()).contains("还有 12 个班级没有领完，请写明结束的原因");
        assertThat(keeper.post("/warehouse/distributions/" + plan + "/close",
                Map.of("version", version, "note", "改为下学期统一发放")).status()).isEqualTo(302);
        assertThat(fixtures.status(plan)).isEqualTo("CLOSED");
        assertThat(keeper.get("/warehouse/distributions/" + plan).body()).contains("已结束").contains("改为下学期统一发放");

        long row = fixtures.classRow(plan, "初三(1)班");
        int head = fixtures.headCount("初三(1)班");
        WebUser.Page late = keeper.post(DistributionFixtures.classPath(plan, row) + "/issue",
                fixtures.handover(row, "班主任", null, head * 2));
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.body()).contains("这份计划已结束，不能再操作");
        assertThat(keeper.get(DistributionFixtures.classPath(plan, row) + "/issue").status()).isEqualTo(409);
        assertThat(fixtures.balance(books)).isEqualByComparingTo("2000");

        long draft = DistributionFixtures.created(keeper.post("/warehouse/distributions",
                fixtures.planForm("作废测试", "初一", books, 1, 0)));
        assertThat(keeper.post("/warehouse/distributions/" + draft + "/cancel",
                Map.of("version", String.valueOf(fixtures.version(draft)))).status()).isEqualTo(302);
        assertThat(fixtures.status(draft)).isEqualTo("CANCELLED");
        assertThat(keeper.post("/warehouse/distributions/" + draft + "/start",
                Map.of("version", String.valueOf(fixtures.version(draft)))).status()).isEqualTo(409);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'distribution' AND entity_id IN (?, ?)
                  AND action IN ('CLOSE', 'CANCEL')""", String.valueOf(plan), String.valueOf(draft))).isEqualTo(2);
    }

    @Test
    void theDemoSchoolIsHandingOutThisSemestersBooks() {
        long plan = Demo.count(jdbc, "SELECT id FROM warehouse.distribution WHERE number LIKE 'FF-%-00001'");
        assertThat(fixtures.status(plan)).isEqualTo("ISSUING");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.distribution_class WHERE distribution_id = ? AND status = 'PENDING'""", plan))
                .isGreaterThanOrEqualTo(4);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.distribution_class WHERE distribution_id = ? AND status = 'SHORT'""", plan))
                .isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.distribution_return r
                JOIN warehouse.distribution_class c ON c.id = r.distribution_class_id WHERE c.distribution_id = ?""", plan))
                .isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.distribution_handover h
                JOIN warehouse.distribution_class c ON c.id = h.distribution_class_id
                WHERE c.distribution_id = ? AND h.signature_id IS NULL""", plan)).as("every class signed").isZero();
        String page = login("director").get("/warehouse/distributions/" + plan).body();
        assertThat(page).contains("初一(9)班").contains("新华书店本次到货少 3 本语文教材").contains("初一语文教材（部编版）");
        assertThat(login("principal").get("/warehouse/distributions").body()).contains("教材作业本发放");
    }

    @Test
    void rowLevelSecurityKeepsEveryDistributionTableToItsSchool() {
        long demo = Demo.schoolId(jdbc);
        for (String table : TABLES) {
            assertThat(Demo.count(jdbc, """
                    SELECT count(*) FROM pg_policies WHERE schemaname = 'warehouse' AND tablename = ?
                      AND policyname = 'school_isolation'""", table)).as(table).isEqualTo(1);
            assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse." + table)).as(table).isPositive();
        }
        long other = Demo.asSystem(() -> jdbc.sql("SELECT id FROM organization.school WHERE code = 'OTHER'")
                .query(Long.class).optional()
                .orElseGet(() -> transaction.execute(status -> organization.createSchool("OTHER", "第二实验小学"))));
        CurrentUser outsider = new CurrentUser(1, "other", "外校用户", other, Set.of(other), false, null, null,
                DataScope.everything(), Set.of());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(outsider, null, List.of()));
        try {
            for (String table : TABLES) {
                long seen = transaction.execute(status -> jdbc.sql("SELECT count(*) FROM warehouse." + table)
                        .query(Long.class).single());
                assertThat(seen).as("rows of %s another school sees", table).isZero();
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.distribution WHERE school_id = ?", demo)).isPositive();
    }
}
