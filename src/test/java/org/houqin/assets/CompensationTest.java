package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.houqin.platform.security.SystemWork;
import org.houqin.repairs.DamageReported;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** 公物损坏赔偿: a man-made damage repair opens a case; assessed by the rule, noticed, paid, summed by class. */
class CompensationTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aDamagedDoorIsAssessedNoticedPaidAndCountedForItsClass() throws Exception {
        long school = Demo.schoolId(jdbc);
        long repair = Demo.count(jdbc, """
                SELECT min(r.id) FROM repairs.request r WHERE r.school_id = ?
                  AND NOT EXISTS (SELECT 1 FROM assets.compensation c WHERE c.repair_id = r.id)""", school);
        long classId = Demo.count(jdbc, "SELECT max(id) FROM organization.school_class WHERE school_id = ?", school);
        SystemWork.run(() -> transaction.executeWithoutResult(status -> events.publishEvent(new DamageReported(school,
                repair, "BX-TEST-0001", classId, null, "学生踢坏教室门", new BigDecimal("180")))));
        long id = Demo.count(jdbc, "SELECT id FROM assets.compensation WHERE repair_id = ?", repair);
        assertThat(Demo.asSystem(() -> jdbc.sql("SELECT status FROM assets.compensation WHERE id = ?").param(id)
                .query(String.class).single())).isEqualTo("PENDING");

        WebUser director = login("director");
        assertThat(director.get("/assets/compensations/" + id).body()).contains("学生踢坏教室门").contains("待核定");
        Map<String, String> assess = new HashMap<>();
        assess.put("classId", String.valueOf(classId));
        assess.put("studentName", "张小明");
        assess.put("description", "报修单 BX-TEST-0001 人为损坏：学生踢坏教室门");
        assess.put("basis", "REPAIR_COST");
        assess.put("baseAmount", "180");
        assess.put("share", "50");
        assess.put("dueOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(7).toString());
        assess.put("version", "0");
        assertThat(director.post("/assets/compensations/" + id + "/assess", assess).status()).isEqualTo(302);
        assertThat(Demo.asSystem(() -> jdbc.sql("SELECT amount FROM assets.compensation WHERE id = ?").param(id)
                .query(BigDecimal.class).single())).isEqualByComparingTo("90.00");

        try (PDDocument pdf = Loader.loadPDF(director.getBytes("/assets/compensations/" + id + "/notice.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("公物损坏赔偿通知书").contains("张小明").contains("90.00");
        }
        Map<String, String> pay = new HashMap<>(Map.of("paidAmount", "80", "paidOn",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "payerName", "张小明家长", "version", "1"));
        WebUser.Page wrong = director.post("/assets/compensations/" + id + "/pay", pay);
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("缴纳金额应与应赔金额 90.00 元一致");
        pay.put("paidAmount", "90");
        pay.put("receiptNo", "SJ-0088");
        assertThat(director.post("/assets/compensations/" + id + "/pay", pay).status()).isEqualTo(302);
        assertThat(director.get("/assets/compensations/" + id).body()).contains("已缴清").contains("SJ-0088");

        String summary = director.get("/assets/compensations/classes").body();
        assertThat(summary).contains("class-summary").contains("90.00");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity = 'compensation' AND entity_id = ?",
                String.valueOf(id))).isEqualTo(3);
    }

    @Test
    void aCaseNeedsSomeoneResponsibleAndOnlyTheOfficeHandlesIt() {
        WebUser director = login("director");
        WebUser.Page nobody = director.post("/assets/compensations", Map.of("description", "玻璃被打碎",
                "basis", "FIXED", "baseAmount", "60", "share", "100"));
        assertThat(nobody.status()).isEqualTo(200);
        assertThat(nobody.body()).contains("请选择责任班级或责任教职工");
        assertThat(login("teacher").get("/assets/compensations").status()).isEqualTo(403);
        assertThat(login("principal").get("/assets/compensations").status()).isEqualTo(200);
        assertThat(login("principal").get("/assets/compensations/new").status()).isEqualTo(403);
    }
}
