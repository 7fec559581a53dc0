package org.houqin.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.houqin.support.WebUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The demo school's facts: who is given which, in a stable order, named in both languages, each page opening. */
class FactsTest extends IntegrationTest {

    private static final List<String> COUNTS_AND_SUMS = List.of("repairs.requests.received", "repairs.requests.done",
            "repairs.requests.overdue", "repairs.materials.used", "warehouse.receipts.value", "warehouse.issues.value",
            "warehouse.requisitions.approved", "warehouse.requisitions.issued", "warehouse.textbooks.value",
            "warehouse.textbooks.classes", "assets.added.items", "assets.added.value", "assets.disposed.items",
            "assets.disposed.value", "assets.held.items", "assets.held.value", "assets.compensation.charged",
            "assets.compensation.paid", "safety.drills.done", "safety.drills.participants", "safety.hazards.found",
            "safety.hazards.closed", "safety.hazards.overdue");

    @Autowired
    Facts facts;
    @Autowired
    IamApi iam;
    @Autowired
    OrganizationApi organization;
    @Autowired
    MessageSource messages;

    private long school() {
        return Demo.schoolId(jdbc);
    }

    private CurrentUser reader(String username) {
        return Demo.asSystem(() -> iam.actingAs(school(), username));
    }

    private List<Fact> factsOf(CurrentUser reader, Period period) {
        return facts.of(school(), period, reader);
    }

    private Period semester() {
        return facts.currentSemester(school());
    }

    @Test
    void theDirectorIsToldEveryModulesFactsInTheModulesOrder() {
        List<Fact> told = factsOf(reader("director"), semester());
        assertThat(told).extracting(Fact::key).containsSubsequence(COUNTS_AND_SUMS).doesNotHaveDuplicates();
        assertThat(told.stream().map(Fact::module).distinct().toList()).containsExactly("repairs", "warehouse", "assets",
                "safety");
        assertThat(facts.modules()).containsSubsequence("repairs", "warehouse", "assets");
        assertThat(factsOf(reader("director"), semester())).as("asked twice, told the same").isEqualTo(told);
        assertThat(told).filteredOn(f -> f.key().equals("repairs.requests.received")).singleElement()
                .satisfies(f -> assertThat(f.value().count()).as("the demo's semester has repairs").isPositive());
    }

    @Test
    void aReaderIsToldOnlyTheFactsWhosePagesTheyMayOpen() {
        assertThat(factsOf(reader("teacher"), semester())).as("a teacher sees no warehouse value").isEmpty();
        List<Fact> storekeeper = factsOf(reader("storekeeper"), semester());
        assertThat(storekeeper).extracting(Fact::module).contains("warehouse", "assets").doesNotContain("repairs");
        CurrentUser statsOnly = new CurrentUser(-1, "stats", "统计员", school(), Set.of(school()), false, null, null,
                DataScope.everything(), Set.of("repairs:stats:read"));
        assertThat(factsOf(statsOnly, semester())).isNotEmpty().allSatisfy(f -> {
            assertThat(f.module()).isEqualTo("repairs");
            assertThat(f.permission()).isEqualTo("repairs:stats:read");
        });
        for (CurrentUser reader : List.of(reader("teacher"), reader("storekeeper"), reader("director"), statsOnly)) {
            assertThat(factsOf(reader, semester())).allSatisfy(f -> assertThat(reader.can(f.permission())).isTrue());
        }
    }

    @Test
    void everyFactsPageOpensForItsReader() {
        for (String username : List.of("director", "storekeeper")) {
            WebUser user = login(username);
            for (Fact fact : factsOf(reader(username), semester())) {
                assertThat(user.get(fact.link()).status()).as("%s opens %s", username, fact.link()).isEqualTo(200);
            }
        }
    }

    @Test
    void aQuietPeriodGivesZerosAndNoAverages() {
        Period quiet = Period.of(LocalDate.of(1991, 3, 1), LocalDate.of(1991, 6, 30));
        List<Fact> told = factsOf(reader("director"), quiet);
        assertThat(told).extracting(Fact::key).containsExactlyElementsOf(COUNTS_AND_SUMS);
        assertThat(told).allSatisfy(f -> {
            assertThat(f.value().isZero()).as(f.key()).isTrue();
            assertThat(f.breakdown()).allSatisfy(part -> assertThat(part.value().isZero()).isTrue());
            assertThat(f.link()).doesNotContain("null");
        });
    }

    @Test
    void everyFactAndUnitIsNamedInChineseAndEnglish() {
        for (Fact fact : factsOf(reader("director"), semester())) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                assertThat(messages.getMessage(fact.labelKey(), null, null, locale)).as(fact.labelKey()).isNotBlank();
                assertThat(fact.value().unit().in(messages, locale)).as("unit of %s", fact.key())
                        .isNotBlank().doesNotStartWith("facts.");
                fact.breakdown().forEach(part -> assertThat(part.label().in(messages, locale)).isNotBlank()
                        .doesNotStartWith("report.").doesNotStartWith("receipt."));
            }
        }
        assertThat(messages.getMessage("facts.repairs.requests.received", null, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("受理报修");
    }

    @Test
    void nobodyIsToldTheFactsOfASchoolTheyCannotSee() {
        CurrentUser elsewhere = new CurrentUser(-2, "other", "外校用户", -5L, Set.of(-5L), false, null, null,
                DataScope.everything(), reader("director").permissions());
        assertThat(facts.of(school(), semester(), elsewhere)).isEmpty();
    }

    @Test
    void theCurrentSemesterAndTheSchoolYearAreTheSchoolsOwn() {
        OrganizationApi.SemesterRef current = organization.currentSemester(school()).orElseThrow();
        assertThat(semester()).isEqualTo(Period.of(current.startsOn(), current.endsOn()));
        Period year = facts.schoolYear(school(), current.startsOn().plusDays(1));
        assertThat(year.contains(current.startsOn())).isTrue();
        assertThat(year.contains(current.endsOn())).isTrue();
        assertThat(facts.schoolYear(school(), LocalDate.of(1991, 3, 1)))
                .as("a school year the school never kept: September to August")
                .isEqualTo(Period.of(LocalDate.of(1990, 9, 1), LocalDate.of(1991, 8, 31)));
    }
}
