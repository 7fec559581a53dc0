package org.houqin.assets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.houqin.support.OtherSchool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** A card's depreciation schedule over JSON: this month's figures as the card's page shows them, and every month. */
class AssetDepreciationApiTest extends AssetApiTestBase {

    @Autowired
    OrganizationApi organization;

    @Autowired
    TransactionTemplate transaction;

    private long computerBoughtTenMonthsAgo(ApiClient keeper) {
        long category = Demo.count(jdbc, "SELECT id FROM assets.category WHERE code = '2010000' AND school_id = ?",
                Demo.schoolId(jdbc));
        ApiClient.Answer created = keeper.post("/api/v1/assets", """
                {"name": "接口折旧电脑", "categoryId": %d, "purchasedOn": "%s", "quantity": 1, "unitValue": 7200,
                 "lifeYears": 6, "fundingSource": "FISCAL"}""".formatted(category,
                ApiFixtures.TODAY.minusMonths(10)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    @Test
    void aComputerOfSixYearsIsCharged100YuanAMonthFromTheMonthItArrived() {
        ApiClient keeper = as("storekeeper");
        long id = computerBoughtTenMonthsAgo(keeper);
        ApiClient.Answer answer = keeper.get("/api/v1/assets/" + id + "/depreciation");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode schedule = answer.json();
        assertThat(schedule.get("usefulLifeMonths").asInt()).isEqualTo(72);
        assertThat(schedule.get("startRule").asString()).isEqualTo("SAME_MONTH");
        assertThat(schedule.get("asOf").asString()).isEqualTo(YearMonth.from(ApiFixtures.TODAY).toString());
        assertThat(schedule.get("monthly").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(schedule.get("monthsCharged").asInt()).isEqualTo(11);
        assertThat(schedule.get("accumulated").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(schedule.get("net").decimalValue()).isEqualByComparingTo("6100.00");
        assertThat(answer.body()).contains("\"monthly\":100.00");

        JsonNode months = schedule.get("months");
        assertThat(months.size()).isEqualTo(72);
        assertThat(months.get(0).get("month").asString())
                .isEqualTo(YearMonth.from(ApiFixtures.TODAY.minusMonths(10)).toString());
        assertThat(months.get(0).get("charge").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(months.get(10).get("accumulated").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(months.get(71).get("accumulated").decimalValue()).isEqualByComparingTo("7200.00");
        assertThat(months.get(71).get("net").decimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void aCardOutsideTheReadersScopeOrOfAnotherSchoolIsNotFound() {
        ApiClient keeper = as("storekeeper");
        long id = computerBoughtTenMonthsAgo(keeper);
        ApiClient teacher = as("teacher");
        assertThat(teacher.get("/api/v1/assets/" + id + "/depreciation").status()).isEqualTo(404);
        long elsewhere = OtherSchool.assetCard(jdbc, transaction, organization, "ASSET-API-B", "第五中学");
        assertThat(keeper.get("/api/v1/assets/" + elsewhere + "/depreciation").status()).isEqualTo(404);
    }
}
