package org.houqin.warehouse.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.houqin.support.Browsers;
import org.houqin.support.Demo;
import org.houqin.support.Race;
import org.houqin.support.WebUser;
import org.houqin.support.Workbooks;
import org.junit.jupiter.api.Test;

/**
 * 学期教材发放 end to end on the real database: the storekeeper plans, starts (each class's list from its head count),
 * hands a class its books against the class teacher's signature, is refused at the field when the store is short,
 * records a shortage with its reason and the rest later, takes surplus copies back; the summary adds up.
 */
class DistributionFlowTest extends DistributionTestBase {


    private static String n(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Test
    void startingComputesEveryClassListAndAClassSignsForItsBooks() throws IOException {
        long books = fixtures.textbook("测试语文作业本", "1000", "0.80");
        long texts = fixtures.textbook("测试语文教材", "100", "12.00");
        assertThat(keeper.get("/warehouse/distributions/new").body()).contains("新建发放计划").contains("测试语文教材")
                .contains("12 个班");
        long plan = DistributionFixtures.created(keeper.post("/warehouse/distributions",
                fixtures.planForm("测试发放", "初一", books, 8, 0, "初一", texts, 1, 1)));
        assertThat(fixtures.status(plan)).isEqualTo("DRAFT");
        String draft = keeper.get("/warehouse/distributions/" + plan).body();
        assertThat(draft).containsPattern("FF-\\d{4}-\\d{5}").contains("草稿").contains("备货情况").contains("测试语文教材");

        assertThat(keeper.post("/warehouse/distributions/" + plan + "/start",
                Map.of("version", String.valueOf(fixtures.version(plan)))).status()).isEqualTo(302);
        assertThat(fixtures.status(plan)).isEqualTo("ISSUING");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.distribution_class WHERE distribution_id = ?", plan))
                .isEqualTo(Demo.count(jdbc, """
                        SELECT count(*) FROM organization.school_class c JOIN organization.grade g ON g.id = c.grade_id
                        WHERE c.school_id = ? AND g.name = '初一' AND c.head_count > 0""", Demo.schoolId(jdbc)));
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.distribution_class c
                JOIN warehouse.distribution_class_line x ON x.distribution_class_id = c.id
                JOIN organization.school_class s ON s.id = c.class_id
                WHERE c.distribution_id = ?
                  AND x.required <> CASE WHEN x.item_id = ? THEN s.head_count * 8 ELSE s.head_count + 1 END""", plan, books))
                .as("every class gets head count × per student + extra").isZero();

        long row = fixtures.classRow(plan, "初一(1)班");
        int head = fixtures.headCount("初一(1)班");
        String path = DistributionFixtures.classPath(plan, row);
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/warehouse/distributions").status()).isEqualTo(403);
        assertThat(teacher.get("/warehouse/distributions/new").status()).isEqualTo(403);
        assertThat(teacher.get(path + "/issue").status()).isEqualTo(403);
        assertThat(teacher.post(path + "/issue", fixtures.handover(row, "杨佳怡", null, head * 8, head + 1)).status())
                .isEqualTo(403);
        assertThat(teacher.post(path + "/return", fixtures.giveBack(row, "杨佳怡", "多领", 1)).status()).isEqualTo(403);
        assertThat(teacher.post("/warehouse/distributions/" + plan + "/close", Map.of("version", "0")).status())
                .isEqualTo(403);

        assertThat(keeper.get(path + "/issue").body()).contains("确认发放").contains("data-signature-pad")
                .contains("value=\"杨佳怡\"").contains("value=\"" + head * 8 + "\"");
        WebUser.Page issued = keeper.post(path + "/issue", fixtures.handover(row, "杨佳怡", null, head * 8, head + 1));
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);

        assertThat(fixtures.classStatus(row)).isEqualTo("ISSUED");
        assertThat(fixtures.balance(books)).isEqualByComparingTo(BigDecimal.valueOf(1000 - head * 8L));
        assertThat(fixtures.balance(texts)).isEqualByComparingTo(BigDecimal.valueOf(100 - head - 1L));
        String number = Demo.asSystem(() -> jdbc.sql("SELECT number FROM warehouse.distribution WHERE id = ?").param(plan)
                .query(String.class).single());
        assertThat(Demo.count(jdbc, """
                SELECT -sum(quantity) FROM warehouse.movement
                WHERE document_type = 'FF' AND document_id = ? AND document_number = ? AND kind = 'ISSUE'""", plan, number))
                .isEqualTo(head * 9L + 1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'distribution_class' AND entity_id = ? AND action = 'ISSUE'""",
                String.valueOf(row))).isEqualTo(1);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'distribution' AND entity_id = ?
                  AND action IN ('CREATE', 'START_ISSUING')""", String.valueOf(plan))).isEqualTo(2);

        assertThat(keeper.get(path).body()).contains("已发放").contains("李秀兰 发放，杨佳怡 签领").contains("/signatures/");
        String page = keeper.get("/warehouse/distributions/" + plan).body();
        assertThat(page.replaceAll("\\s+", " ")).contains("1 / 12 个班")
                .containsPattern("grade-issued\">1<");

        try (PDDocument sheet = Loader.loadPDF(kept("distribution-sheet.pdf", keeper.getBytes(path + "/print.pdf")))) {
            assertThat(new PDFTextStripper().getText(sheet)).contains("教材作业本签收单").contains("初一(1)班")
                    .contains("杨佳怡").contains("测试语文教材");
            assertThat(images(sheet)).as("the class teacher's signature is printed").isGreaterThanOrEqualTo(1);
        }
        long grade = fixtures.grade("初一");
        try (PDDocument sheets = Loader.loadPDF(keeper.getBytes("/warehouse/distributions/" + plan + "/sheets.pdf?grade="
                + grade))) {
            assertThat(sheets.getNumberOfPages()).as("a page per class").isEqualTo(12);
        }
        try (PDDocument summary = Loader.loadPDF(kept("distribution-summary.pdf",
                keeper.getBytes("/warehouse/distributions/" + plan + "/summary.pdf")))) {
            assertThat(new PDFTextStripper().getText(summary)).contains("教材作业本发放汇总表").contains("测试语文作业本");
        }
    }

    @Test
    void theStoreRunningShortIsRefusedAtTheFieldThenRecordedAsOwedWithItsReasonAndIssuedLater() {
        long texts = fixtures.textbook("测试数学教材", "60", "11.00");
        long plan = fixtures.started(keeper, "库存不足测试", "初一", texts, 1, 0);
        long first = fixtures.classRow(plan, "初一(1)班");
        int firstHead = fixtures.headCount("初一(1)班");
        assertThat(keeper.post(DistributionFixtures.classPath(plan, first) + "/issue",
                fixtures.handover(first, "杨佳怡", null, firstHead)).status()).isEqualTo(302);

        long row = fixtures.classRow(plan, "初一(2)班");
        int head = fixtures.headCount("初一(2)班");
        String path = DistributionFixtures.classPath(plan, row);
        int left = 60 - firstHead;
        int version = fixtures.classVersion(row);
        WebUser.Page refused = keeper.post(path + "/issue", fixtures.handover(row, "王老师", null, head));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("库存不足，不能发放这么多").contains("is-invalid");
        assertThat(fixtures.balance(texts)).isEqualByComparingTo(BigDecimal.valueOf(left));
        assertThat(fixtures.classStatus(row)).isEqualTo("PENDING");
        assertThat(fixtures.classVersion(row)).isEqualTo(version);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.distribution_handover WHERE distribution_class_id = ?",
                row)).isZero();
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM platform.attachment WHERE owner_type = 'distribution' AND owner_id = ?""", row))
                .as("the signature of a refused hand-over is not kept").isZero();

        assertThat(keeper.get(path + "/issue").body()).contains("value=\"" + left + "\"").contains("库存少于尚欠数量");
        assertThat(keeper.post(path + "/issue", fixtures.handover(row, "王老师", null, left)).body())
                .contains("实发少于应发，请写明欠发原因");
        assertThat(keeper.post(path + "/issue", fixtures.handover(row, "王老师", "书店到货不足，到货后补发", left))
                .status()).isEqualTo(302);
        assertThat(fixtures.classStatus(row)).isEqualTo("SHORT");
        assertThat(fixtures.balance(texts)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(keeper.get("/warehouse/distributions/" + plan).body()).contains("欠发").contains("书店到货不足，到货后补发")
                .contains("补发");

        long third = fixtures.classRow(plan, "初一(3)班");
        int thirdHead = fixtures.headCount("初一(3)班");
        String thirdPath = DistributionFixtures.classPath(plan, third);
        assertThat(keeper.post(thirdPath + "/issue", fixtures.handover(third, "李老师", null, thirdHead + 1)).body())
                .contains("发放数量不能超过这个班级尚欠的数量");
        Map<String, String> unsigned = fixtures.handover(third, "李老师", "先发一本", 1);
        unsigned.remove("signature");
        assertThat(keeper.post(thirdPath + "/issue", unsigned).body()).contains("请在签名框中手写签名");

        fixtures.receive(texts, "100");
        int rest = head - left;
        assertThat(keeper.post(path + "/issue", fixtures.handover(row, "王老师", null, rest)).status()).isEqualTo(302);
        assertThat(fixtures.classStatus(row)).isEqualTo("ISSUED");
        assertThat(fixtures.balance(texts)).isEqualByComparingTo(BigDecimal.valueOf(100 - rest));
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.distribution_handover WHERE distribution_class_id = ?",
                row)).isEqualTo(2);
    }

    @Test
    void twoTabletsHandingOverOneClassAtOnceHandItOverOnce() throws Exception {
        long books = fixtures.textbook("测试化学作业本", "1000", "0.80");
        long plan = fixtures.started(keeper, "并发测试", "初一", books, 4, 0);
        long row = fixtures.classRow(plan, "初一(4)班");
        int head = fixtures.headCount("初一(4)班");
        Map<String, String> form = fixtures.handover(row, "班主任", null, head * 4);
        WebUser director = login("director");
        List<Integer> statuses = Race.of(
                () -> keeper.post(DistributionFixtures.classPath(plan, row) + "/issue", form).status(),
                () -> director.post(DistributionFixtures.classPath(plan, row) + "/issue", form).status());
        assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        assertThat(fixtures.balance(books)).isEqualByComparingTo(BigDecimal.valueOf(1000 - head * 4L));
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM warehouse.distribution_handover WHERE distribution_class_id = ?",
                row)).isEqualTo(1);
    }

    @Test
    void surplusCopiesComeBackAtTheirCostAndTheGradeSummaryAddsUp() {
        long books = fixtures.textbook("测试数学作业本", "1000", "0.80");
        long texts = fixtures.textbook("测试物理教材", "200", "12.50");
        long plan = fixtures.started(keeper, "退回测试", "初二", books, 8, 0, "初二", texts, 1, 1);
        long a = fixtures.classRow(plan, "初二(1)班");
        long b = fixtures.classRow(plan, "初二(2)班");
        int headA = fixtures.headCount("初二(1)班");
        int headB = fixtures.headCount("初二(2)班");
        assertThat(keeper.post(DistributionFixtures.classPath(plan, a) + "/issue",
                fixtures.handover(a, "班主任甲", null, headA * 8, headA + 1)).status()).isEqualTo(302);
        assertThat(keeper.post(DistributionFixtures.classPath(plan, b) + "/issue",
                fixtures.handover(b, "班主任乙", null, headB * 8, headB + 1)).status()).isEqualTo(302);

        String back = DistributionFixtures.classPath(plan, a) + "/return";
        assertThat(keeper.get(back).body()).contains("确认退回入库");
        assertThat(keeper.post(back, fixtures.giveBack(a, "班主任甲", "两名学生转学", headA * 8 + 1, 0)).body())
                .contains("退回数量不能超过这个班级已领且未退回的数量");
        WebUser.Page returned = keeper.post(back, fixtures.giveBack(a, "班主任甲", "两名学生转学", 16, 2));
        assertThat(returned.status()).as(returned.body()).isEqualTo(302);
        assertThat(keeper.post(back, fixtures.giveBack(a, "班主任甲", "再退", headA * 8 - 15, 0)).body())
                .contains("退回数量不能超过这个班级已领且未退回的数量");
        assertThat(fixtures.balance(books)).isEqualByComparingTo(BigDecimal.valueOf(1000 - 8L * (headA + headB) + 16));
        assertThat(fixtures.balance(texts)).isEqualByComparingTo(BigDecimal.valueOf(200 - headA - headB - 2L + 2));
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM warehouse.movement WHERE document_type = 'FF' AND document_id = ? AND kind = 'RECEIPT'
                  AND ((item_id = ? AND quantity = 16 AND unit_cost = 0.80) OR (item_id = ? AND quantity = 2 AND unit_cost = 12.50))""",
                plan, books, texts)).as("returns come in at the cost the books left with").isEqualTo(2);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE entity = 'distribution_class' AND entity_id = ?
                  AND action = 'RETURN_STOCK'""", String.valueOf(a))).isEqualTo(1);
        assertThat(keeper.get(DistributionFixtures.classPath(plan, a)).body()).contains("退回记录").contains("两名学生转学");

        long never = fixtures.classRow(plan, "初二(3)班");
        assertThat(keeper.get(DistributionFixtures.classPath(plan, never) + "/return").body())
                .contains("这个班级还没有可退回的物品");

        BigDecimal required = BigDecimal.valueOf(8 * Demo.count(jdbc, """
                SELECT sum(c.head_count) FROM organization.school_class c JOIN organization.grade g ON g.id = c.grade_id
                WHERE c.school_id = ? AND g.name = '初二' AND c.head_count > 0""", Demo.schoolId(jdbc)));
        BigDecimal issued = BigDecimal.valueOf(8L * (headA + headB));
        BigDecimal value = issued.subtract(BigDecimal.valueOf(16)).multiply(new BigDecimal("0.80"));
        String excel = Workbooks.text(keeper.getBytes("/warehouse/distributions/" + plan + "/summary.xlsx"));
        assertThat(excel).contains("初二\t").contains("测试数学作业本\t").contains("\t" + n(required) + "\t" + n(issued)
                + "\t0\t" + n(required.subtract(issued)) + "\t16\t" + n(issued.subtract(BigDecimal.valueOf(16))) + "\t"
                + n(value) + "\t");
        String page = keeper.get("/warehouse/distributions/" + plan).body().replaceAll("\\s+", " ");
        assertThat(page).contains(">" + n(required) + "</td>").contains(">" + n(issued) + "</td>")
                .containsPattern("grade-issued\">2<");
    }

    /** Keeps a printed form next to the journeys' screenshots, to look at. */
    private static byte[] kept(String name, byte[] pdf) throws IOException {
        Files.createDirectories(Browsers.SCREENSHOTS);
        Files.write(Browsers.SCREENSHOTS.resolve(name), pdf);
        return pdf;
    }

    private static int images(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }
}
