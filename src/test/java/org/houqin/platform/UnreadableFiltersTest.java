package org.houqin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;

/**
 * A list opened with a filter it cannot read shows the list without that filter, not a 400 page (the API still answers
 * 400 with its problem document: {@code ApiErrorsTest}).
 */
class UnreadableFiltersTest extends IntegrationTest {

    @Test
    void aWrongFilterInAListsAddressOpensTheListWithoutIt() {
        WebUser director = login("director");
        WebUser.Page view = director.get("/repairs?view=NOSUCH&q=%E7%81%AF");
        assertThat(view.status()).as(view.body()).isEqualTo(302);
        assertThat(view.location()).as("the search is kept, the wrong view dropped").endsWith("/repairs?q=%E7%81%AF");
        java.net.URI back = java.net.URI.create(view.location());
        assertThat(director.get(back.getRawPath() + "?" + back.getRawQuery()).status()).isEqualTo(200);

        assertThat(director.get("/repairs?category=abc").location()).endsWith("/repairs");
        assertThat(director.get("/assets?page=x&sort=value").location()).as("a list query field that is not a number")
                .endsWith("/assets?sort=value");
        assertThat(director.get("/warehouse/reports/consumption?by=WEEK&from=2026-09-01").location())
                .endsWith("/warehouse/reports/consumption?from=2026-09-01");
    }
}
