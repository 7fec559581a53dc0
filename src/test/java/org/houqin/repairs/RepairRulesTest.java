package org.houqin.repairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.Race;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** Bad input gets a message at the field; a wrong step or a stale page gets 409; nothing is half-written. */
class RepairRulesTest extends IntegrationTest {

    private RepairFixtures fixtures() {
        return new RepairFixtures(jdbc);
    }

    @Test
    void aStepTheStateDoesNotAllowAnswers409AndChangesNothing() {
        RepairFixtures repairs = fixtures();
        WebUser teacher = login("teacher");
        long id = repairs.report(teacher, "A-101", "照明", "灯不亮，测试错误状态");
        WebUser.Page confirm = repairs.step(teacher, id, "confirm", Map.of("rating", "5"));
        assertThat(confirm.status()).isEqualTo(409);
        assertThat(confirm.body()).contains("不能“验收通过”");
        WebUser.Page start = repairs.step(login("worker"), id, "start", Map.of());
        assertThat(start.status()).isEqualTo(409);
        assertThat(repairs.status(id)).isEqualTo("NEW");
        assertThat(repairs.version(id)).isZero();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request_event WHERE request_id = ?", id)).isEqualTo(1);
    }

    @Test
    void aTeacherCannotDispatchAndAWorkerCannotDecide() {
        RepairFixtures repairs = fixtures();
        WebUser teacher = login("teacher");
        long id = repairs.report(teacher, "A-101", "照明", "灯不亮，测试权限");
        assertThat(repairs.step(teacher, id, "dispatch", Map.of("workerUserId",
                String.valueOf(Demo.userId(jdbc, "worker")))).status()).isEqualTo(403);
        assertThat(repairs.step(login("worker"), id, "decide", Map.of("approve", "true")).status()).isEqualTo(403);
        assertThat(teacher.get("/repairs/board").status()).isEqualTo(403);
        assertThat(repairs.status(id)).isEqualTo("NEW");
    }

    @Test
    void twoDirectorsDispatchingAtOnceOneWinsTheOtherSeesAConflict() throws Exception {
        RepairFixtures repairs = fixtures();
        long id = repairs.report(login("teacher"), "A-101", "照明", "灯不亮，测试并发派工");
        WebUser first = login("director");
        WebUser second = login("director");
        String worker = String.valueOf(Demo.userId(jdbc, "worker"));
        List<Integer> statuses = Race.of(() -> first.post("/repairs/" + id + "/dispatch",
                Map.of("version", "0", "workerUserId", worker)).status(), () -> second.post("/repairs/" + id + "/dispatch",
                Map.of("version", "0", "workerUserId", worker)).status());
        assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request_event WHERE request_id = ? AND action = 'dispatch'",
                id)).isEqualTo(1);
        assertThat(second.post("/repairs/" + id + "/dispatch", Map.of("version", "0", "workerUserId", worker)).body())
                .contains("被别人修改过");
    }

    @Test
    void aDoubleClickedReportMakesOneRequest() throws Exception {
        RepairFixtures repairs = fixtures();
        WebUser teacher = login("teacher");
        String key = RepairFixtures.submissionKey(teacher, "/repairs/new");
        Map<String, String> fields = repairs.reportFields("A-101", "照明", "灯不亮，双击提交", key);
        List<Long> ids = Race.of(() -> RepairFixtures.created(teacher.multipart("/repairs", fields, List.of())),
                () -> RepairFixtures.created(teacher.multipart("/repairs", fields, List.of())));
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE description = '灯不亮，双击提交'"))
                .isEqualTo(1);
    }

    @Test
    void aPictureCarryingHtmlIsRefusedAtThePhotoFieldAndNothingIsSaved() {
        RepairFixtures repairs = fixtures();
        WebUser teacher = login("teacher");
        byte[] png = Images.png(20, 20);
        byte[] script = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] polyglot = new byte[png.length + script.length];
        System.arraycopy(png, 0, polyglot, 0, png.length);
        System.arraycopy(script, 0, polyglot, png.length, script.length);
        String key = RepairFixtures.submissionKey(teacher, "/repairs/new");
        WebUser.Page page = teacher.multipart("/repairs", repairs.reportFields("A-101", "照明", "灯不亮，夹带脚本", key),
                List.of(new WebUser.FilePart("photos", "photo.jpg", "image/jpeg", polyglot)));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("is-invalid").contains("只接受 JPEG、PNG 或 HEIC 格式的照片");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE description = '灯不亮，夹带脚本'")).isZero();

        WebUser.Page text = teacher.multipart("/repairs", repairs.reportFields("A-101", "照明", "灯不亮，不是图片",
                        RepairFixtures.submissionKey(teacher, "/repairs/new")),
                List.of(new WebUser.FilePart("photos", "notes.jpg", "image/jpeg", "just text".getBytes(StandardCharsets.UTF_8))));
        assertThat(text.status()).isEqualTo(200);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request WHERE description = '灯不亮，不是图片'")).isZero();
    }

    @Test
    void anEmptyReportIsAnsweredAtEachField() {
        WebUser teacher = login("teacher");
        long before = Demo.count(jdbc, "SELECT count(*) FROM repairs.request");
        WebUser.Page page = teacher.multipart("/repairs", Map.of("description", "  ",
                "submissionKey", RepairFixtures.submissionKey(teacher, "/repairs/new")), List.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("请选择一个类别").contains("id=\"description\"").contains("is-invalid");
        WebUser.Page nowhere = teacher.multipart("/repairs", Map.of("description", "坏了",
                "categoryId", String.valueOf(fixtures().categoryId("其他")),
                "submissionKey", RepairFixtures.submissionKey(teacher, "/repairs/new")), List.of());
        assertThat(nowhere.body()).contains("请选择房间或填写具体位置");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request")).isEqualTo(before);
    }

    @Test
    void completingWithoutASignatureOrWithHalfAMaterialIsRefusedAtTheField() {
        RepairFixtures repairs = fixtures();
        WebUser director = login("director");
        WebUser worker = login("worker");
        long id = repairs.report(login("teacher"), "A-101", "照明", "灯不亮，测试完工校验");
        repairs.dispatch(director, id, "worker");
        repairs.step(worker, id, "start", Map.of());
        WebUser.Page unsigned = worker.multipart("/repairs/" + id + "/complete", Map.of("version",
                String.valueOf(repairs.version(id)), "note", "好了", "hours", "1"), List.of());
        assertThat(unsigned.status()).isEqualTo(200);
        assertThat(unsigned.body()).contains("签名");
        WebUser.Page half = worker.multipart("/repairs/" + id + "/complete", Map.of("version",
                String.valueOf(repairs.version(id)), "note", "好了", "hours", "1", "materials[0].name", "灯管",
                "signature", Images.signature()), List.of());
        assertThat(half.body()).contains("用料要填写名称、数量和单位");
        assertThat(repairs.status(id)).isEqualTo("IN_PROGRESS");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.material WHERE request_id = ?", id)).isZero();
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.attachment WHERE owner_id = ? AND owner_type = 'repair-worker'", id))
                .isZero();
    }

    @Test
    void theOfficeDoesNotCheckATeachersRequestForHerAndDamageIsRecordedOnce() {
        RepairFixtures repairs = fixtures();
        WebUser director = login("director");
        long id = repairs.report(login("teacher"), "A-101", "门窗锁具", "门锁坏了，测试验收人");
        repairs.workedOn(director, login("worker"), id);
        assertThat(repairs.step(director, id, "confirm", Map.of("rating", "5")).status()).isEqualTo(409);
        assertThat(repairs.status(id)).isEqualTo("AWAITING_CHECK");

        String classId = String.valueOf(Demo.count(jdbc, "SELECT min(id) FROM organization.school_class WHERE school_id = ?",
                Demo.schoolId(jdbc)));
        assertThat(repairs.step(director, id, "damage", Map.of("damageClassId", classId, "note", "学生踢坏")).status())
                .isEqualTo(302);
        assertThat(repairs.step(director, id, "damage", Map.of("damageClassId", classId)).status()).isEqualTo(409);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM repairs.request_event WHERE request_id = ? AND action = 'damage'",
                id)).isEqualTo(1);
    }
}
