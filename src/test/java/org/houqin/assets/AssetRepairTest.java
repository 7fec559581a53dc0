package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 报修 from an asset's card: the card shows 维修中 with the repair in its history until the repair ends, and a report
 * only names an asset its reporter may see.
 */
class AssetRepairTest extends IntegrationTest {

    private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    OrganizationApi organization;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aTeachersProjectorIsRepairingUntilHerRepairIsConfirmed() {
        WebUser teacher = login("teacher");
        WebUser director = login("director");
        long asset = register(director, "报修测试投影仪", Demo.count(jdbc,
                "SELECT staff_id FROM iam.app_user WHERE username = 'teacher'"));
        String number = assetNumber(asset);

        String form = teacher.get("/repairs/new?room=" + room("A-101") + "&asset=" + asset).body();
        assertThat(form).contains("name=\"assetId\" value=\"" + asset + "\"").contains(number + " 报修测试投影仪");
        long repair = report(teacher, asset, "投影仪开机无画面");
        assertThat(assetIdOf(repair)).isEqualTo(asset);
        String repairNumber = repairNumber(repair);

        String card = director.get("/assets/" + asset).body();
        assertThat(card).contains("text-bg-warning\">维修中<").contains("报修 " + repairNumber + "：投影仪开机无画面")
                .contains("href=\"/repairs/" + repair + "\"");
        assertThat(status(asset)).isEqualTo("REPAIRING");
        assertThat(teacher.get("/repairs/" + repair).body()).contains("资产")
                .contains("href=\"/assets/" + asset + "\"").contains(number + " 报修测试投影仪");

        workedOn(director, login("worker"), repair);
        assertThat(status(asset)).as("the work done still waits for her check").isEqualTo("REPAIRING");
        assertThat(step(teacher, repair, "confirm", Map.of("rating", "5", "note", "能用了")).status()).isEqualTo(302);

        assertThat(status(asset)).isEqualTo("IN_USE");
        assertThat(director.get("/assets/" + asset).body()).contains("text-bg-success\">在用<")
                .contains("维修完成 " + repairNumber);
    }

    @Test
    void aCardStaysRepairingWhileAnotherRepairOfItIsOpenAndComesBackWhenTheLastIsRefused() {
        WebUser director = login("director");
        long asset = register(director, "报修测试空调", null);
        long first = report(director, asset, "空调不制冷");
        long second = report(director, asset, "空调漏水");
        assertThat(status(asset)).isEqualTo("REPAIRING");

        assertThat(step(director, first, "cancel", Map.of()).status()).isEqualTo(302);
        assertThat(status(asset)).as("the second repair is still open").isEqualTo("REPAIRING");
        assertThat(step(director, second, "reject", Map.of("note", "保修期内，由厂家上门")).status()).isEqualTo(302);

        assertThat(status(asset)).isEqualTo("IN_USE");
        assertThat(director.get("/assets/" + asset).body()).contains("撤销报修 " + repairNumber(first))
                .contains("不予维修 " + repairNumber(second));
    }

    @Test
    void aReportNamesNoAssetTheReporterMayNotSee() {
        WebUser teacher = login("teacher");
        long othersCard = register(login("director"), "报修测试他人电脑", null);
        assertThat(teacher.get("/repairs/new?asset=" + othersCard).body()).doesNotContain("name=\"assetId\"")
                .doesNotContain("报修测试他人电脑");
        long repair = report(teacher, othersCard, "别人的电脑坏了");
        assertThat(assetIdOf(repair)).isZero();
        assertThat(status(othersCard)).isEqualTo("IN_USE");

        long otherSchools = anotherSchoolsAsset();
        WebUser director = login("director");
        long foreign = report(director, otherSchools, "外校的投影仪");
        assertThat(assetIdOf(foreign)).isZero();
        assertThat(director.get("/repairs/" + foreign).body()).doesNotContain("/assets/" + otherSchools);
        assertThat(Demo.asSystem(() -> jdbc.sql("SELECT status FROM assets.asset WHERE id = ?").param(otherSchools)
                .query(String.class).single())).isEqualTo("IN_USE");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM platform.timeline_event WHERE subject_type = 'asset' AND subject_id IN (?, ?)"
                + " AND kind = 'REPAIR'",
                othersCard, otherSchools)).isZero();
    }

    @Test
    void aCardWhoseRepairEndedWhileItsDisposalWasDecidedIsInUseWhenTheDisposalIsRefused() {
        WebUser director = login("director");
        long asset = register(director, "报修测试待处置投影仪", null);
        long repair = report(director, asset, "投影仪灯泡老化");
        assertThat(status(asset)).isEqualTo("REPAIRING");
        long disposal = requestDisposal(director, asset);
        assertThat(status(asset)).isEqualTo("PENDING_DISPOSAL");

        assertThat(step(director, repair, "cancel", Map.of()).status()).isEqualTo(302);
        assertThat(status(asset)).as("awaiting disposal whatever the repair did").isEqualTo("PENDING_DISPOSAL");
        assertThat(decideDisposal(login("vice"), disposal, "REJECT").status()).isEqualTo(302);

        assertThat(status(asset)).as("no repair is open any more").isEqualTo("IN_USE");
    }

    @Test
    void aCardReportedForRepairWhileItsDisposalWasDecidedIsRepairingWhenTheDisposalIsRefused() {
        WebUser director = login("director");
        long asset = register(director, "报修测试待处置空调", null);
        long disposal = requestDisposal(director, asset);
        report(director, asset, "空调外机异响");
        assertThat(status(asset)).isEqualTo("PENDING_DISPOSAL");
        assertThat(decideDisposal(login("vice"), disposal, "REJECT").status()).isEqualTo(302);

        assertThat(status(asset)).as("its repair is still open").isEqualTo("REPAIRING");
    }

    private long requestDisposal(WebUser keeper, long asset) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "SCRAP");
        form.put("disposedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        form.put("reason", "维修价值不大，申请报废");
        form.put("residualValue", "0");
        form.put("lines[0].assetNumber", assetNumber(asset));
        WebUser.Page created = keeper.post("/assets/disposals", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.location().replaceAll(".*/disposals/(\\d+)$", "$1"));
    }

    private WebUser.Page decideDisposal(WebUser approver, long disposal, String decision) {
        long request = Demo.count(jdbc, """
                SELECT id FROM approval.request WHERE document_type = 'CZ' AND document_id = ? AND status = 'PENDING'""",
                disposal);
        return approver.post("/approvals/" + request + "/decide", Map.of("decision", decision, "comment", "不同意报废",
                "version", String.valueOf(Demo.count(jdbc, "SELECT version FROM approval.request WHERE id = ?", request))));
    }

    private long register(WebUser keeper, String name, Long custodianStaffId) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("categoryId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM assets.category WHERE code = '2320000' AND school_id = ?", Demo.schoolId(jdbc))));
        form.put("purchasedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).toString());
        form.put("quantity", "1");
        form.put("unitValue", "4200.00");
        form.put("fundingSource", "FISCAL");
        form.put("roomId", String.valueOf(room("A-101")));
        if (custodianStaffId != null) {
            form.put("custodianStaffId", String.valueOf(custodianStaffId));
        }
        WebUser.Page created = keeper.post("/assets", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return AssetRegisterTest.idOf(created);
    }

    /** Reports through the real form, as the card's 报修 button leads to it, naming {@code assetId}. */
    private long report(WebUser user, long assetId, String description) {
        Matcher key = KEY.matcher(user.get("/repairs/new?asset=" + assetId).body());
        assertThat(key.find()).as("the form carries a submission key").isTrue();
        Map<String, String> fields = new HashMap<>();
        fields.put("roomId", String.valueOf(room("A-101")));
        fields.put("categoryId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM repairs.category WHERE name = '照明' AND school_id = ?", Demo.schoolId(jdbc))));
        fields.put("description", description);
        fields.put("assetId", String.valueOf(assetId));
        fields.put("submissionKey", key.group(1));
        WebUser.Page page = user.multipart("/repairs", fields, List.of());
        assertThat(page.status()).as("redirect after report: %s", page.body()).isEqualTo(302);
        return Long.parseLong(page.location().replaceAll(".*/repairs/(\\d+)$", "$1"));
    }

    private void workedOn(WebUser director, WebUser worker, long repair) {
        assertThat(step(director, repair, "dispatch", Map.of("workerUserId", String.valueOf(Demo.userId(jdbc, "worker"))))
                .status()).isEqualTo(302);
        assertThat(step(worker, repair, "start", Map.of()).status()).isEqualTo(302);
        WebUser.Page done = worker.multipart("/repairs/" + repair + "/complete", Map.of("version",
                String.valueOf(version(repair)), "note", "更换灯泡", "hours", "1", "signature", Images.signature()),
                List.of());
        assertThat(done.status()).as(done.body()).isEqualTo(302);
    }

    private WebUser.Page step(WebUser user, long repair, String step, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("version", String.valueOf(version(repair)));
        return user.post("/repairs/" + repair + "/" + step, all);
    }

    private long anotherSchoolsAsset() {
        return org.houqin.support.OtherSchool.assetCard(jdbc, transaction, organization, "ASSET-REPAIR-B", "第四中学");
    }

    private long room(String code) {
        return Demo.count(jdbc, "SELECT id FROM places.room WHERE code = ? AND school_id = ?", code, Demo.schoolId(jdbc));
    }

    private int version(long repair) {
        return (int) Demo.count(jdbc, "SELECT version FROM repairs.request WHERE id = ?", repair);
    }

    /** The asset a request names, 0 for none. */
    private long assetIdOf(long repair) {
        return Demo.count(jdbc, "SELECT coalesce(asset_id, 0) FROM repairs.request WHERE id = ?", repair);
    }

    private String status(long asset) {
        return text("SELECT status FROM assets.asset WHERE id = ?", asset);
    }

    private String assetNumber(long asset) {
        return text("SELECT number FROM assets.asset WHERE id = ?", asset);
    }

    private String repairNumber(long repair) {
        return text("SELECT number FROM repairs.request WHERE id = ?", repair);
    }

    private String text(String sql, long id) {
        return Demo.asSystem(() -> jdbc.sql(sql).param(id).query(String.class).single());
    }
}
