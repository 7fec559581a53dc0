package org.houqin.assets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 资产台账 over JSON: the register's list, a card and its history, registering and editing, and who may see what. */
class AssetApiTest extends IntegrationTest {

    @Autowired
    OrganizationApi organization;

    @Autowired
    TransactionTemplate transaction;


    private String card(String name, String serial, String unitValue, int version) {
        return """
                {"name": "%s", "categoryId": %d, "purchasedOn": "%s", "quantity": 1, "unitValue": %s,
                 "fundingSource": "FISCAL", "serialNo": "%s", "brand": "爱普生", "version": %d, "schoolId": 999}"""
                .formatted(name, Demo.count(jdbc, "SELECT id FROM assets.category WHERE code = '2320000' AND school_id = ?",
                        Demo.schoolId(jdbc)), LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1), unitValue,
                        serial, version);
    }

    static long idOf(WebUser.Page page) {
        return Long.parseLong(page.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    @Test
    void aKeeperRegistersReadsAndEditsACardWithItsVersion() {
        String token = login("storekeeper").newToken("资产接口");
        WebUser client = anonymous();
        String serial = "API-" + UUID.randomUUID().toString().substring(0, 8);
        WebUser.Page created = client.sendJson("POST", "/api/v1/assets", card("接口登记的投影仪", serial, "6000.00", 0),
                token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).containsPattern("\"number\":\"ZC-\\d{4}-\\d{5}\"").contains("\"value\":6000.00")
                .contains("\"status\":\"IDLE\"").contains("\"categoryCode\":\"2320000\"").contains("\"version\":0");
        long id = idOf(created);
        assertThat(Demo.count(jdbc, "SELECT school_id FROM assets.asset WHERE id = ?", id))
                .as("the body cannot choose the school").isEqualTo(Demo.schoolId(jdbc));

        assertThat(client.getWithToken("/api/v1/assets/" + id, token).body()).contains("接口登记的投影仪");
        assertThat(client.getWithToken("/api/v1/assets?q=" + serial, token).body())
                .contains("\"id\":" + id).contains("\"total\":1");

        WebUser.Page edited = client.sendJson("PUT", "/api/v1/assets/" + id, card("接口登记的投影仪", serial, "5800", 0),
                token);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.body()).contains("\"unitValue\":5800").contains("\"version\":1");
        WebUser.Page stale = client.sendJson("PUT", "/api/v1/assets/" + id, card("旧版本又改", serial, "5000", 0), token);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("error.conflict.stale");

        assertThat(client.getWithToken("/api/v1/assets/" + id + "/history", token).body())
                .contains("\"kind\":\"REGISTER\"").contains("\"kind\":\"REVALUE\"");
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM audit.log_entry WHERE entity = 'asset' AND entity_id = ?",
                String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void badInputComesBackAsAProblemNamingTheField() {
        String token = login("storekeeper").newToken("资产接口");
        WebUser client = anonymous();
        WebUser.Page blank = client.sendJson("POST", "/api/v1/assets", card("", "API-BLANK", "100", 0), token);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("\"name\"");

        String serial = "API-" + UUID.randomUUID().toString().substring(0, 8);
        long id = idOf(client.sendJson("POST", "/api/v1/assets", card("接口数量规则", serial, "100", 0), token));
        WebUser.Page more = client.sendJson("PUT", "/api/v1/assets/" + id,
                card("接口数量规则", serial, "100", 0).replace("\"quantity\": 1", "\"quantity\": 3"), token);
        assertThat(more.status()).as("the quantity changes only by a split").isEqualTo(400);
        assertThat(more.body()).contains("\"field\":\"quantity\"").contains("asset.quantity.bySplit");
        WebUser.Page twice = client.sendJson("POST", "/api/v1/assets", card("同一序列号", serial, "100", 0), token);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"serialNo\"").contains("asset.serial.taken");
    }

    @Test
    void aTeacherCannotRegisterNorReadCardsOutsideTheirScopeNorAnotherSchools() {
        String keeper = login("storekeeper").newToken("资产接口");
        WebUser client = anonymous();
        long id = idOf(client.sendJson("POST", "/api/v1/assets",
                card("仓库里的投影仪", "API-" + UUID.randomUUID().toString().substring(0, 8), "100", 0), keeper));

        String teacher = login("teacher").newToken("老师的接口");
        assertThat(client.sendJson("POST", "/api/v1/assets", card("老师登记的", "API-T", "100", 0), teacher).status())
                .isEqualTo(403);
        assertThat(Demo.count(jdbc, "SELECT count(*) FROM assets.asset WHERE name = '老师登记的'")).isZero();
        assertThat(client.getWithToken("/api/v1/assets/" + id, teacher).status()).isEqualTo(404);
        assertThat(client.getWithToken("/api/v1/assets/" + id + "/history", teacher).status()).isEqualTo(404);
        assertThat(client.getWithToken("/api/v1/assets?q=" + "仓库里的投影仪", teacher).body())
                .doesNotContain("\"id\":" + id + ",");
        assertThat(client.getWithToken("/api/v1/assets/" + anotherSchoolsAsset(), keeper).status()).isEqualTo(404);
    }

    @Test
    void theCategoryTreeGivesEachClassItsParentAndLife() {
        String token = login("storekeeper").newToken("资产接口");
        String tree = anonymous().getWithToken("/api/v1/asset-categories", token).body();
        assertThat(tree).containsPattern("\"code\":\"2010000\",\"name\":\"[^\"]+\",\"parentId\":\\d+")
                .contains("\"usefulLifeMonths\":72").contains("\"appliance\":");
    }

    @Test
    void theOpenApiDescriptionListsTheAssetEndpoints() {
        assertThat(login("admin").getJson("/v3/api-docs").body()).contains("/api/v1/assets/{id}/history")
                .contains("/api/v1/asset-categories").contains("/api/v1/asset-handovers/{id}");
    }

    private long anotherSchoolsAsset() {
        return org.houqin.support.OtherSchool.assetCard(jdbc, transaction, organization, "ASSET-API-B", "第五中学");
    }
}
