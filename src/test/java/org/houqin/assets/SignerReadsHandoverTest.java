package org.houqin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.houqin.support.Demo;
import org.houqin.support.Images;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/** A person reads the handover records they signed for, and only those; the asset office reads them all. */
class SignerReadsHandoverTest extends IntegrationTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void aTeacherOpensTheHandoverSheSignedForFromHerAssetAndAColleagueDoesNot() {
        WebUser keeper = login("storekeeper");
        long id = handOverToTheTeacher(keeper, "签收阅读测试书柜");
        long assetId = Demo.count(jdbc, "SELECT asset_id FROM assets.handover_line WHERE handover_id = ?", id);
        WebUser teacher = login("teacher");

        assertThat(teacher.get("/assets/" + assetId).body()).contains("/assets/handovers/" + id);
        WebUser.Page record = teacher.get("/assets/handovers/" + id);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).contains("签收阅读测试书柜").doesNotContain("href=\"/assets/handovers\"");
        assertThat(teacher.getBytes("/assets/handovers/" + id + "/signature.png")).isNotEmpty();
        assertThat(teacher.getBytes("/assets/handovers/" + id + "/print.pdf")).isNotEmpty();

        WebUser colleague = login("leader");
        assertThat(colleague.get("/assets/handovers/" + id).status()).isEqualTo(404);
        assertThat(colleague.get("/assets/handovers/" + id + "/print.pdf").status()).isEqualTo(404);
        assertThat(keeper.get("/assets/handovers/" + id).body()).contains("href=\"/assets/handovers\"");
    }

    private long handOverToTheTeacher(WebUser keeper, String name) {
        Map<String, String> asset = new HashMap<>();
        asset.put("name", name);
        asset.put("categoryId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM assets.category WHERE code = '6010000' AND school_id = ?", Demo.schoolId(jdbc))));
        asset.put("purchasedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(2).toString());
        asset.put("quantity", "1");
        asset.put("unitValue", "800");
        asset.put("fundingSource", "FISCAL");
        asset.put("roomId", String.valueOf(room("C-B01")));
        WebUser.Page created = keeper.post("/assets", asset);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String number = Demo.asSystem(() -> jdbc.sql("SELECT number FROM assets.asset WHERE id = ?")
                .param(AssetRegisterTest.idOf(created)).query(String.class).single());

        Map<String, String> form = new HashMap<>();
        form.put("kind", "ASSIGN");
        form.put("handedOn", TODAY);
        form.put("lines[0].assetNumber", number);
        form.put("receiverName", "杨佳怡");
        form.put("signature", Images.signature());
        form.put("custodianStaffId", String.valueOf(Demo.count(jdbc,
                "SELECT id FROM organization.staff WHERE name = '杨佳怡' AND school_id = ?", Demo.schoolId(jdbc))));
        form.put("roomId", String.valueOf(room("A-101")));
        WebUser.Page done = keeper.post("/assets/handovers", form);
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        return Long.parseLong(done.location().replaceAll(".*/handovers/(\\d+)$", "$1"));
    }

    private long room(String code) {
        return Demo.count(jdbc, "SELECT id FROM places.room WHERE code = ? AND school_id = ?", code, Demo.schoolId(jdbc));
    }
}
