package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** 资产处置: cards close only through approval, by value thresholds, and come back when refused. */
class DisposalTest extends IntegrationTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private long register(WebUser keeper, String name, String unitValue) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("categoryId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM assets.category WHERE code = '2010000' AND school_id = ?", Demo.schoolId(jdbc))));
        form.put("purchasedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(7).toString());
        form.put("quantity", "1");
        form.put("unitValue", unitValue);
        form.put("fundingSource", "FISCAL");
        WebUser.Page created = keeper.post("/assets", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return AssetRegisterTest.idOf(created);
    }

    private String number(long asset) {
        return Demo.asSystem(() -> jdbc.sql("SELECT number FROM assets.asset WHERE id = ?").param(asset)
                .query(String.class).single());
    }

    private String status(long asset) {
        return Demo.asSystem(() -> jdbc.sql("SELECT status FROM assets.asset WHERE id = ?").param(asset)
                .query(String.class).single());
    }

    private long request(WebUser keeper, long asset) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "SCRAP");
        form.put("disposedOn", TODAY);
        form.put("reason", "使用年限已满，主板损坏无法修复");
        form.put("residualValue", "50");
        form.put("lines[0].assetNumber", number(asset));
        WebUser.Page created = keeper.post("/assets/disposals", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return Long.parseLong(created.location().replaceAll(".*/disposals/(\\d+)$", "$1"));
    }

    private WebUser.Page decide(WebUser approver, long disposal, String decision) {
        long request = Demo.count(jdbc, """
                SELECT id FROM approval.request WHERE document_type = 'CZ' AND document_id = ? AND status = 'PENDING'""",
                disposal);
        return approver.post("/approvals/" + request + "/decide", Map.of("decision", decision, "comment", "同意",
                "version", String.valueOf(Demo.count(jdbc, "SELECT version FROM approval.request WHERE id = ?", request))));
    }

    @Test
    void aComputerIsWrittenOffOnlyWhenTheDirectorApproves() {
        WebUser keeper = login("storekeeper");
        long asset = register(keeper, "处置测试旧电脑", "4800");
        long disposal = request(keeper, asset);
        assertThat(status(asset)).isEqualTo("PENDING_DISPOSAL");
        assertThat(keeper.get("/assets/disposals/" + disposal).body()).contains("审批中").contains("处置测试旧电脑");
        assertThat(keeper.get("/assets/" + asset).body()).contains("申请报废");

        assertThat(decide(login("director"), disposal, "APPROVE").status()).isEqualTo(302);
        assertThat(status(asset)).isEqualTo("DISPOSED");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.asset WHERE id = ? AND disposed_on = ?", asset,
                LocalDate.parse(TODAY))).isEqualTo(1);
        assertThat(keeper.get("/assets/" + asset).body()).contains("经审批同意").contains("已报废");
        assertThat(keeper.get("/assets?q=处置测试旧电脑").body()).doesNotContain(number(asset));
        assertThat(keeper.get("/assets?q=处置测试旧电脑&status=DISPOSED").body()).contains(number(asset));
        assertThat(keeper.getBytes("/assets/disposals/" + disposal + "/print.pdf").length).isGreaterThan(1000);
    }

    @Test
    void noOneSkipsTheApprovalAndARefusalGivesTheCardBack() {
        WebUser keeper = login("storekeeper");
        long asset = register(keeper, "处置测试被拒电脑", "3000");
        WebUser.Page direct = keeper.post("/assets/" + asset + "/status", Map.of("status", "DISPOSED", "version", "0"));
        assertThat(direct.status()).isEqualTo(409);
        assertThat(status(asset)).isEqualTo("IDLE");

        long disposal = request(keeper, asset);
        assertThat(login("teacher").get("/assets/disposals/" + disposal).status()).isEqualTo(403);
        assertThat(keeper.post("/assets/" + asset + "/status", Map.of("status", "IN_USE", "version", "1")).status())
                .isEqualTo(409);
        assertThat(decide(login("director"), disposal, "REJECT").status()).isEqualTo(302);
        assertThat(status(asset)).isEqualTo("IDLE");
        assertThat(Demo.asSystem(() -> jdbc.sql("SELECT status FROM assets.disposal WHERE id = ?").param(disposal)
                .query(String.class).single())).isEqualTo("REJECTED");
        assertThat(keeper.get("/assets/" + asset).body()).contains("未获批准");
    }

    @Test
    void aValuableAssetNeedsTheVicePrincipalToo() {
        WebUser keeper = login("storekeeper");
        long asset = register(keeper, "处置测试录播设备", "36000");
        long disposal = request(keeper, asset);
        assertThat(decide(login("director"), disposal, "APPROVE").status()).isEqualTo(302);
        assertThat(status(asset)).isEqualTo("PENDING_DISPOSAL");
        assertThat(decide(login("vice"), disposal, "APPROVE").status()).isEqualTo(302);
        assertThat(status(asset)).isEqualTo("DISPOSED");
        WebUser.Page again = keeper.post("/assets/disposals", Map.of("kind", "SCRAP", "disposedOn", TODAY,
                "reason", "再次处置", "residualValue", "0", "lines[0].assetNumber", number(asset)));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("资产已在处置中或已报废");
    }
}
