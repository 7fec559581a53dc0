package org.houqin.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * A teacher's lamp, from the report to the rating: the director dispatches, the worker completes with a lamp tube and
 * a signature, the teacher checks it; each step notifies the next person and the printed form carries it all.
 */
class RepairFlowTest extends IntegrationTest {

    @Test
    void aLampIsReportedDispatchedRepairedAndConfirmed() throws IOException {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        WebUser teacher = login("teacher");
        WebUser director = login("director");
        WebUser worker = login("worker");
        long id = repairs.report(teacher, "A-101", "照明", "后排灯管不亮 <script>alert(1)</script>");

        assertThat(Demo.asSystem(() -> jdbc.sql("SELECT number FROM repairs.request WHERE id = ?").param(id)
                .query(String.class).single())).matches("BX-\\d{4}-\\d{5}");
        assertThat(Demo.asSystem(() -> jdbc.sql("SELECT priority FROM repairs.request WHERE id = ?").param(id)
                .query(String.class).single())).as("a classroom during term").isEqualTo("TEACHING");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM notifications.notification WHERE user_id = ? AND link = ?""",
                Demo.userId(jdbc, "director"), "/repairs/" + id)).isEqualTo(1);
        String page = teacher.get("/repairs/" + id).body();
        assertThat(page).contains("待受理").contains("&lt;script&gt;").doesNotContain("<script>alert(1)");
        assertThat(page).as("a teacher is offered no office steps").doesNotContain("/repairs/" + id + "/reject")
                .doesNotContain("/repairs/" + id + "/escalate").contains("/repairs/" + id + "/cancel");
        assertThat(director.get("/repairs/" + id).body()).contains("/repairs/" + id + "/reject")
                .contains("/repairs/" + id + "/escalate").doesNotContain("/repairs/" + id + "/hold");
        String refused = director.post("/repairs/" + id + "/reject", Map.of("version", "0", "note", " ")).body();
        assertThat(refused).contains("<details open").contains("请填写说明");
        assertThat(repairs.status(id)).isEqualTo("NEW");

        repairs.dispatch(director, id, "worker");
        assertThat(repairs.status(id)).isEqualTo("ASSIGNED");
        assertThat(worker.get("/repairs/tasks").body()).contains("后排灯管不亮");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE user_id = ? AND link = ?",
                Demo.userId(jdbc, "worker"), "/repairs/" + id)).isEqualTo(1);

        String phone = Demo.asSystem(() -> jdbc.sql("""
                SELECT s.phone FROM organization.staff s JOIN iam.app_user u ON u.staff_id = s.id
                WHERE u.username = 'teacher'""").query(String.class).single());
        assertThat(worker.get("/repairs/" + id).body()).as("the worker sent can call the reporter")
                .contains("href=\"tel:" + phone + "\"");
        assertThat(teacher.get("/repairs/" + id).body()).as("other readers are not shown it")
                .doesNotContain("reporter-phone");

        assertThat(repairs.step(worker, id, "start", Map.of()).status()).isEqualTo(302);
        assertThat(worker.get("/repairs/" + id).body()).contains("/repairs/" + id + "/hold")
                .doesNotContain("/repairs/" + id + "/reject");
        WebUser.Page complete = worker.multipart("/repairs/" + id + "/complete", Map.of(
                "version", String.valueOf(repairs.version(id)), "note", "更换灯管一根", "hours", "0.5",
                "materials[0].name", "灯管", "materials[0].quantity", "1", "materials[0].unit", "根",
                "signature", org.houqin.support.Images.signature()), List.of());
        assertThat(complete.status()).as(complete.body()).isEqualTo(302);
        assertThat(repairs.status(id)).isEqualTo("AWAITING_CHECK");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE user_id = ? AND link = ?",
                Demo.userId(jdbc, "teacher"), "/repairs/" + id)).isEqualTo(1);

        long socket = Demo.count(jdbc, "SELECT id FROM warehouse.item WHERE code = 'WX-004' AND school_id = ?",
                Demo.schoolId(jdbc));
        long next = repairs.report(teacher, "A-101", "照明", "插座松动");
        repairs.dispatch(director, next, "worker");
        repairs.step(worker, next, "start", Map.of());
        WebUser.Page withStock = worker.multipart("/repairs/" + next + "/complete", Map.of(
                "version", String.valueOf(repairs.version(next)), "note", "换插座", "hours", "0.5",
                "materials[0].itemId", String.valueOf(socket), "materials[0].quantity", "1",
                "signature", org.houqin.support.Images.signature()), List.of());
        assertThat(withStock.status()).as(withStock.body()).isEqualTo(302);
        long third = repairs.report(teacher, "A-101", "照明", "又一个插座松动");
        repairs.dispatch(director, third, "worker");
        repairs.step(worker, third, "start", Map.of());
        String picker = worker.get("/repairs/" + third + "/complete").body();
        assertThat(picker.indexOf(">五孔插座")).as("what repairs took in the last year comes before paper").isPositive()
                .isLessThan(picker.indexOf(">A4 复印纸"));

        assertThat(repairs.step(teacher, id, "confirm", Map.of("rating", "5", "note", "谢谢师傅")).status()).isEqualTo(302);
        assertThat(repairs.status(id)).isEqualTo("DONE");
        assertThat(Demo.asSystem(() -> jdbc.sql("""
                SELECT string_agg(action, ',' ORDER BY at, id) FROM repairs.request_event WHERE request_id = ?""")
                .param(id).query(String.class).single())).isEqualTo("report,dispatch,start,complete,confirm");
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM audit.log_entry WHERE module = 'repairs' AND entity_id = ?""", String.valueOf(id)))
                .isGreaterThanOrEqualTo(5);

        try (PDDocument pdf = Loader.loadPDF(teacher.getBytes("/repairs/" + id + "/print.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("维修单").contains("初一(1)班").contains("灯管").contains("<script>alert(1)</script>");
            int images = 0;
            for (var printed : pdf.getPages()) {
                for (var name : printed.getResources().getXObjectNames()) {
                    if (printed.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("the QR code, the photo and the worker's signature").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyReaderSeesThePhotoButOnlyThroughTheRequestTheyMaySee() {
        RepairFixtures repairs = new RepairFixtures(jdbc);
        WebUser teacher = login("teacher");
        long id = repairs.report(teacher, "A-101", "照明", "讲台灯不亮");
        String file = Demo.asSystem(() -> jdbc.sql("""
                SELECT CAST(id AS varchar) FROM platform.attachment WHERE owner_type = 'repair' AND owner_id = ?""")
                .param(id).query(String.class).single());
        assertThat(teacher.getBytes("/repairs/" + id + "/files/" + file)).isNotEmpty();
        assertThat(login("director").getBytes("/repairs/" + id + "/files/" + file + "?thumb=true")).isNotEmpty();
        assertThat(login("guard").get("/repairs/" + id + "/files/" + file).status()).isEqualTo(404);
        assertThat(login("guard").get("/repairs/" + id).status()).isEqualTo(404);
    }
}
