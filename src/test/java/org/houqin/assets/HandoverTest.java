package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** 领用与交接: signed on the spot, printed with the signature, refused outside one's scope, loans and returns. */
class HandoverTest extends IntegrationTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private long staff(String name) {
        return Demo.count(jdbc, "SELECT id FROM organization.staff WHERE name = ? AND school_id = ?", name,
                Demo.schoolId(jdbc));
    }

    private long room(String code) {
        return Demo.count(jdbc, "SELECT id FROM places.room WHERE code = ? AND school_id = ?", code, Demo.schoolId(jdbc));
    }

    private String register(WebUser keeper, String name, int quantity) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("categoryId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM assets.category WHERE code = '6010000' AND school_id = ?", Demo.schoolId(jdbc))));
        form.put("purchasedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(3).toString());
        form.put("quantity", String.valueOf(quantity));
        form.put("unitValue", "500");
        form.put("fundingSource", "FISCAL");
        form.put("roomId", String.valueOf(room("C-B01")));
        WebUser.Page created = keeper.post("/assets", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Demo.asSystem(() -> jdbc.sql("SELECT number FROM assets.asset WHERE id = ?")
                .param(AssetRegisterTest.idOf(created)).query(String.class).single());
    }

    private Map<String, String> handover(String kind, String number, String quantity) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", kind);
        form.put("handedOn", TODAY);
        form.put("lines[0].assetNumber", number);
        if (quantity != null) {
            form.put("lines[0].quantity", quantity);
        }
        form.put("receiverName", "杨佳怡");
        form.put("signature", Images.signature());
        return form;
    }

    private Map<String, Object> card(String number) {
        return Demo.asSystem(() -> jdbc.sql("""
                SELECT quantity, room_id, custodian_staff_id, status, borrower FROM assets.asset WHERE number = ?
                  AND school_id = ?""").params(number, Demo.schoolId(jdbc)).query().singleRow());
    }

    @Test
    void aTeacherSignsForACabinetAndTheRecordPrintsHerSignature() throws Exception {
        WebUser keeper = login("storekeeper");
        String number = register(keeper, "交接测试文件柜", 1);
        Map<String, String> form = handover("ASSIGN", number, null);
        form.put("custodianStaffId", String.valueOf(staff("杨佳怡")));
        form.put("roomId", String.valueOf(room("A-101")));
        WebUser.Page done = keeper.post("/assets/handovers", form);
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        long id = Long.parseLong(done.location().replaceAll(".*/handovers/(\\d+)$", "$1"));

        Map<String, Object> card = card(number);
        assertThat(((Number) card.get("custodian_staff_id")).longValue()).isEqualTo(staff("杨佳怡"));
        assertThat(((Number) card.get("room_id")).longValue()).isEqualTo(room("A-101"));
        assertThat(card.get("status")).isEqualTo("IN_USE");
        long assetId = Demo.count(jdbc, "SELECT id FROM assets.asset WHERE number = ?", number);
        assertThat(keeper.get("/assets/" + assetId).body()).containsPattern("JJ-\\d{4}-\\d{5}").contains("总仓库 → ");
        assertThat(keeper.get("/assets/handovers/" + id).body()).contains("交接测试文件柜").contains("杨佳怡");
        assertThat(keeper.getBytes("/assets/handovers/" + id + "/signature.png")).isNotEmpty();

        try (PDDocument pdf = Loader.loadPDF(keeper.getBytes("/assets/handovers/" + id + "/print.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("资产领用单").contains(number).contains("接收人签字");
            int images = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("the receiver's signature").isEqualTo(1);
        }
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/assets/mine").body()).contains(number);
        assertThat(teacher.get("/assets/" + assetId).status()).isEqualTo(200);
        assertThat(teacher.get("/assets/handovers/new").status()).isEqualTo(403);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity = 'handover' AND entity_id = ?",
                String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void partOfABatchMovesAsANewCardAndNothingMovesWithoutASignature() {
        WebUser keeper = login("storekeeper");
        String number = register(keeper, "交接测试课桌椅", 30);
        Map<String, String> unsigned = handover("TRANSFER", number, "5");
        unsigned.put("roomId", String.valueOf(room("A-102")));
        unsigned.remove("signature");
        WebUser.Page refused = keeper.post("/assets/handovers", unsigned);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("请在签名框中手写签名");
        assertThat(card(number).get("quantity")).isEqualTo(30);

        Map<String, String> signed = handover("TRANSFER", number, "5");
        signed.put("roomId", String.valueOf(room("A-102")));
        assertThat(keeper.post("/assets/handovers", signed).status()).isEqualTo(302);
        assertThat(card(number).get("quantity")).isEqualTo(25);
        assertThat(Demo.count(jdbc, """
                SELECT count(*) FROM assets.asset a JOIN assets.asset o ON o.id = a.split_from_id
                WHERE o.number = ? AND a.quantity = 5 AND a.room_id = ?""", number, room("A-102"))).isEqualTo(1);

        Map<String, String> tooMany = handover("TRANSFER", number, "26");
        tooMany.put("roomId", String.valueOf(room("A-102")));
        assertThat(keeper.post("/assets/handovers", tooMany).body()).contains("这张卡片只有 25 件");
        Map<String, String> nowhere = handover("TRANSFER", number, null);
        assertThat(keeper.post("/assets/handovers", nowhere).body()).contains("请至少选择存放地点");
        Map<String, String> unknown = handover("ASSIGN", "ZC-1999-99999", null);
        unknown.put("roomId", String.valueOf(room("A-102")));
        assertThat(keeper.post("/assets/handovers", unknown).body()).contains("找不到这个资产编号");
    }

    @Test
    void aLentCameraMustComeBackBeforeItMovesAgain() {
        WebUser keeper = login("storekeeper");
        String number = register(keeper, "交接测试相机", 1);
        Map<String, String> loan = handover("LOAN", number, null);
        loan.put("borrower", "刘文博（教务处）");
        assertThat(keeper.post("/assets/handovers", loan).status()).isEqualTo(302);
        assertThat(card(number).get("status")).isEqualTo("LENT");
        assertThat(card(number).get("borrower")).isEqualTo("刘文博（教务处）");

        Map<String, String> moveAgain = handover("TRANSFER", number, null);
        moveAgain.put("roomId", String.valueOf(room("A-102")));
        assertThat(keeper.post("/assets/handovers", moveAgain).body()).contains("资产已借出，请先办理归还");

        assertThat(keeper.post("/assets/handovers", handover("RETURN", number, null)).status()).isEqualTo(302);
        assertThat(card(number).get("status")).isEqualTo("IDLE");
        assertThat(card(number).get("borrower")).isNull();
    }

    @Test
    void aKeeperWhoseScopeIsOneDepartmentCannotMoveAnotherDepartmentsAsset() {
        WebUser director = login("director");
        String number = register(director, "交接测试他部门资产", 1);
        long roleId = Demo.count(jdbc, """
                SELECT r.id FROM iam.role r WHERE r.code = 'DEPARTMENT_HEAD' AND r.school_id = ?""", Demo.schoolId(jdbc));
        Demo.asSystem(() -> jdbc.sql("INSERT INTO iam.role_permission (role_id, permission) VALUES (?, 'assets:asset:write')")
                .param(roleId).update());
        try {
            WebUser head = login("head");
            Map<String, String> form = handover("TRANSFER", number, null);
            form.put("roomId", String.valueOf(room("A-102")));
            WebUser.Page refused = head.post("/assets/handovers", form);
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains("找不到这个资产编号，或不在您的管理范围内");
            assertThat(((Number) card(number).get("room_id")).longValue()).isEqualTo(room("C-B01"));
        } finally {
            Demo.asSystem(() -> jdbc.sql("DELETE FROM iam.role_permission WHERE role_id = ? AND permission = 'assets:asset:write'")
                    .param(roleId).update());
        }
    }

    @Test
    void aCustodianSignsForTheListSheHolds() {
        WebUser teacher = login("teacher");
        assertThat(teacher.get("/assets/mine").status()).isEqualTo(200);
        long before = Demo.count(jdbc, "SELECT count(*) FROM assets.custody_confirmation WHERE staff_id = ?",
                staff("杨佳怡"));
        WebUser.Page unsigned = teacher.post("/assets/mine/confirm", Map.of());
        assertThat(unsigned.status()).isEqualTo(302);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.custody_confirmation WHERE staff_id = ?",
                staff("杨佳怡"))).isEqualTo(before);
        assertThat(teacher.post("/assets/mine/confirm", Map.of("signature", Images.signature())).status()).isEqualTo(302);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.custody_confirmation WHERE staff_id = ?",
                staff("杨佳怡"))).isEqualTo(before + 1);
        try (PDDocument pdf = Loader.loadPDF(teacher.getBytes("/assets/mine/print.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("资产保管确认单").contains("杨佳怡");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
