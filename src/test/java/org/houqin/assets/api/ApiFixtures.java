package org.houqin.assets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.houqin.organization.OrganizationApi;
import org.houqin.support.Demo;
import org.houqin.support.OtherSchool;
import org.houqin.support.OtherSchoolDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Cards registered over the API for the asset tests, and documents of another school for its ids to stay hidden. */
final class ApiFixtures {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static final String OTHER_SCHOOL = "ASSET-API-B";

    private ApiFixtures() {
    }

    /** A card of the demo school's category with this code, bought on the day given: its JSON. */
    static JsonNode card(ApiClient keeper, JdbcClient jdbc, String name, String categoryCode, String unitValue,
                         int quantity, LocalDate purchasedOn) {
        long category = Demo.count(jdbc, "SELECT id FROM assets.category WHERE code = ? AND school_id = ?",
                categoryCode, Demo.schoolId(jdbc));
        ApiClient.Answer created = keeper.post("/api/v1/assets", """
                {"name": "%s", "categoryId": %d, "purchasedOn": "%s", "quantity": %d, "unitValue": %s,
                 "fundingSource": "FISCAL"}""".formatted(name, category, purchasedOn, quantity, unitValue));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** A disposal request of another school (made with its first card). */
    static long otherSchoolsDisposal(JdbcClient jdbc, TransactionTemplate transaction, OrganizationApi organization) {
        long card = OtherSchool.assetCard(jdbc, transaction, organization, OTHER_SCHOOL, "第五中学");
        return OtherSchoolDocuments.assets(jdbc, transaction, "disposal", card);
    }

    static long otherSchoolsStocktake(JdbcClient jdbc, TransactionTemplate transaction, OrganizationApi organization) {
        long card = OtherSchool.assetCard(jdbc, transaction, organization, OTHER_SCHOOL, "第五中学");
        return OtherSchoolDocuments.assets(jdbc, transaction, "stocktake", card);
    }

    static long otherSchoolsCompensation(JdbcClient jdbc, TransactionTemplate transaction,
                                         OrganizationApi organization) {
        long card = OtherSchool.assetCard(jdbc, transaction, organization, OTHER_SCHOOL, "第五中学");
        return OtherSchoolDocuments.assets(jdbc, transaction, "compensation", card);
    }
}
