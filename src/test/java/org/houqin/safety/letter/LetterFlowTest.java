package org.houqin.safety.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.Race;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * 安全责任书 on PostgreSQL: issued once per person, template and year; signed once, also on a double tap; final once
 * signed; received on paper with a scan; renewed the next year; and each reader sees only the letters in reach.
 * Each test issues for a school year of its own, leaving the demo's 2026-2027 to the journey.
 */
class LetterFlowTest extends IntegrationTest {

    private long template(String role) {
        return Demo.count(jdbc, "SELECT id FROM safety.letter_template WHERE school_id = ? AND role = ?",
                Demo.schoolId(jdbc), role);
    }

    private WebUser.Page issue(WebUser office, String role, String year, String toRole, String key) {
        String json = """
                {"templateId": %d, "schoolYear": "%s", "roles": ["%s"]}""".formatted(template(role), year, toRole);
        return office.sendJson("POST", "/api/v1/safety/letters/batches", json, null, "Idempotency-Key", key);
    }

    private long letterOf(String username, String year) {
        return Demo.count(jdbc, "SELECT l.id FROM safety.letter l JOIN iam.app_user u ON u.id = l.user_id "
                + "WHERE u.username = ? AND l.school_year = ?", username, year);
    }

    private long lettersOf(String year) {
        return Demo.count(jdbc, "SELECT count(*) FROM safety.letter WHERE school_year = ? AND school_id = ?", year,
                Demo.schoolId(jdbc));
    }

    @Test
    void theDemoSchoolHasCollectedSevenOfItsEightLettersUntilTheTeacherSigns() {
        WebUser director = login("director");
        WebUser.Page page = director.get("/safety/letter-batches");
        assertThat(page.status()).isEqualTo(200);
        boolean teacherSigned = Demo.count(jdbc, "SELECT count(*) FROM safety.letter l JOIN iam.app_user u "
                + "ON u.id = l.user_id WHERE u.username = 'teacher' AND l.school_year = '2026-2027' "
                + "AND l.status = 'SIGNED'") == 1;
        assertThat(lettersOf("2026-2027")).isEqualTo(8);
        assertThat(page.body()).contains(teacherSigned ? "100.0%" : "87.5%")
                .contains(teacherSigned ? "已签 8 / 应签 8" : "已签 7 / 应签 8");
    }

    @Test
    void issuingTwiceToTheSamePeopleForTheSameYearGivesEachOneLetter() {
        WebUser director = login("director");
        WebUser.Page first = issue(director, "DORM", "2031-2032", "GUARD", UUID.randomUUID().toString());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"due\":1", "\"collected\":0");

        WebUser.Page again = issue(director, "DORM", "2031-2032", "GUARD", UUID.randomUUID().toString());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"roles\"");
        assertThat(lettersOf("2031-2032")).isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.letter_batch WHERE school_year = '2031-2032'"))
                .isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameBatch() {
        WebUser director = login("director");
        String key = UUID.randomUUID().toString();
        WebUser.Page first = issue(director, "CANTEEN", "2032-2033", "CANTEEN_MANAGER", key);
        WebUser.Page second = issue(director, "CANTEEN", "2032-2033", "CANTEEN_MANAGER", key);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().replaceAll(".*\"id\":(\\d+).*", "$1"))
                .isEqualTo(first.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
        assertThat(lettersOf("2032-2033")).isEqualTo(1);
    }

    @Test
    void aDoubleTapSignsOnceAndTheSignedLetterNeverChanges() throws Exception {
        WebUser director = login("director");
        assertThat(issue(director, "HEAD_TEACHER", "2033-2034", "TEACHER", UUID.randomUUID().toString()).status())
                .isEqualTo(201);
        long letter = letterOf("teacher", "2033-2034");
        WebUser teacher = login("teacher");
        Map<String, String> form = Map.of("signature", Images.signature());
        List<WebUser.Page> taps = Race.of(() -> teacher.post("/safety/letters/" + letter + "/sign", form),
                () -> teacher.post("/safety/letters/" + letter + "/sign", form));

        assertThat(taps).extracting(WebUser.Page::status).containsExactlyInAnyOrder(302, 409);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.attachment WHERE owner_type = 'safety-letter' "
                + "AND owner_id = ?", letter)).isEqualTo(1);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.letter WHERE id = ? AND status = 'SIGNED' "
                + "AND signed_by = ? AND signed_at IS NOT NULL", letter, Demo.userId(jdbc, "teacher"))).isEqualTo(1);
        assertThatThrownBy(() -> Demo.asSystem(() -> jdbc.sql("UPDATE safety.letter SET status = 'PENDING', "
                + "signed_at = NULL WHERE id = ?").param(letter).update())).isInstanceOf(DataAccessException.class);
        assertThat(teacher.get("/safety/letters/" + letter).body()).contains("已签署").contains("signature-image");
    }

    @Test
    void aClassTeacherSeesHerOwnLettersAndTheManagerSeesAll() {
        WebUser director = login("director");
        assertThat(issue(director, "TEACHER", "2034-2035", "DEPARTMENT_HEAD", UUID.randomUUID().toString()).status())
                .isEqualTo(201);
        assertThat(issue(director, "HEAD_TEACHER", "2034-2035", "TEACHER", UUID.randomUUID().toString()).status())
                .isEqualTo(201);
        long others = letterOf("head", "2034-2035");
        WebUser teacher = login("teacher");

        String mine = teacher.getJson("/api/v1/safety/letters?q=&size=100").body();
        assertThat(mine).contains("杨佳怡").doesNotContain("刘文博").doesNotContain("黄志远");
        assertThat(teacher.getJson("/api/v1/safety/letters/" + others).status()).isEqualTo(404);
        assertThat(teacher.get("/safety/letters/" + others).status()).isEqualTo(404);
        assertThat(teacher.get("/safety/letter-batches").status()).isEqualTo(403);

        String all = director.getJson("/api/v1/safety/letters?size=100&q=2034").body();
        assertThat(director.getJson("/api/v1/safety/letters/" + others).status()).isEqualTo(200);
        assertThat(all).isNotNull();
    }

    @Test
    void theOfficeMarksAPaperCopyReceivedWithItsScan() {
        WebUser director = login("director");
        assertThat(issue(director, "GUARD", "2035-2036", "GUARD", UUID.randomUUID().toString()).status())
                .isEqualTo(201);
        long letter = letterOf("guard", "2035-2036");

        WebUser.Page without = director.multipart("/safety/letters/" + letter + "/paper", Map.of(),
                List.of(new WebUser.FilePart("scan", "scan.jpg", "image/jpeg", new byte[0])));
        assertThat(without.status()).isEqualTo(302);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.letter WHERE id = ? AND status = 'PENDING'", letter))
                .isEqualTo(1);

        WebUser.Page received = director.multipart("/safety/letters/" + letter + "/paper", Map.of(),
                List.of(new WebUser.FilePart("scan", "scan.jpg", "image/jpeg", Images.jpeg(400, 300))));
        assertThat(received.status()).isEqualTo(302);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM safety.letter WHERE id = ? AND status = 'PAPER' "
                + "AND signed_by = ?", letter, Demo.userId(jdbc, "director"))).isEqualTo(1);
        assertThat(director.getBytes("/safety/letters/" + letter + "/proof")).isNotEmpty();

        WebUser guard = login("guard");
        WebUser.Page late = guard.post("/safety/letters/" + letter + "/sign", Map.of("signature", Images.signature()));
        assertThat(late.status()).isEqualTo(409);
    }

    @Test
    void aBatchRenewsForTheNextSchoolYearOnce() {
        WebUser director = login("director");
        WebUser.Page issued = issue(director, "TEACHER", "2036-2037", "FINANCE", UUID.randomUUID().toString());
        long batch = Long.parseLong(issued.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));

        WebUser.Page renewed = director.sendJson("POST", "/api/v1/safety/letters/batches/" + batch + "/renew", "{}",
                null, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
        assertThat(renewed.body()).contains("\"schoolYear\":\"2037-2038\"", "\"renewedFrom\":" + batch,
                "\"roles\":[\"FINANCE\"]", "\"due\":1");
        assertThat(lettersOf("2037-2038")).isEqualTo(1);

        WebUser.Page twice = director.sendJson("POST", "/api/v1/safety/letters/batches/" + batch + "/renew", "{}",
                null, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(twice.status()).isEqualTo(400);
        assertThat(lettersOf("2037-2038")).isEqualTo(1);
    }

    @Test
    void aReminderReachesEachMissingPersonOnceADay() {
        WebUser director = login("director");
        WebUser.Page issued = issue(director, "TEACHER", "2038-2039", "WORKER", UUID.randomUUID().toString());
        long batch = Long.parseLong(issued.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
        long before = Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE message_key = "
                + "'letter.notice.reminder' AND user_id = ?", Demo.userId(jdbc, "worker"));

        assertThat(director.post("/safety/letter-batches/" + batch + "/remind", Map.of()).status()).isEqualTo(302);
        assertThat(director.post("/safety/letter-batches/" + batch + "/remind", Map.of()).status()).isEqualTo(302);

        assertThat(Demo.count(jdbc, "SELECT count(*) FROM notifications.notification WHERE message_key = "
                + "'letter.notice.reminder' AND user_id = ?", Demo.userId(jdbc, "worker"))).isEqualTo(before + 1);
    }

    @Test
    void theRosterExportsAndTheParentsLetterPrintsWithItsReceipt() throws Exception {
        WebUser director = login("director");
        long batch = Demo.count(jdbc, "SELECT min(id) FROM safety.letter_batch WHERE school_year = '2026-2027'");
        byte[] roster = director.getBytes("/safety/letter-batches/" + batch + "/roster.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(roster))) {
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(1 + 6);
        }
        byte[] pdf = director.getBytes("/safety/letter-templates/" + template("PARENT") + "/print.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("学生安全家长责任书").contains("回执").contains("家长签字");
        }
    }

    @Test
    void theApiSignsOnesOwnLetterOnceAndReceivesAPaperCopy() {
        WebUser director = login("director");
        assertThat(issue(director, "DORM", "2039-2040", "TEACHER", UUID.randomUUID().toString()).status())
                .isEqualTo(201);
        assertThat(issue(director, "DORM", "2039-2040", "GUARD", UUID.randomUUID().toString()).status())
                .isEqualTo(201);
        long own = letterOf("teacher", "2039-2040");
        long paper = letterOf("guard", "2039-2040");
        WebUser teacher = login("teacher");
        String signature = "{\"signature\": \"" + Images.signature() + "\"}";

        WebUser.Page signed = teacher.sendJson("POST", "/api/v1/safety/letters/" + own + "/sign", signature, null);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.body()).contains("\"status\":\"SIGNED\"", "\"statusLabel\":\"已签\"");
        WebUser.Page again = teacher.sendJson("POST", "/api/v1/safety/letters/" + own + "/sign", signature, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("\"code\":\"letter.alreadyCollected\"");
        assertThat(teacher.sendJson("POST", "/api/v1/safety/letters/" + paper + "/sign", signature, null).status())
                .isEqualTo(404);

        String scan = "{\"scan\": \"data:image/jpeg;base64,"
                + java.util.Base64.getEncoder().encodeToString(Images.jpeg(200, 100)) + "\", \"fileName\": \"签字页.jpg\"}";
        WebUser.Page received = director.sendJson("POST", "/api/v1/safety/letters/" + paper + "/paper", scan, null);
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.body()).contains("\"status\":\"PAPER\"");
    }
}
