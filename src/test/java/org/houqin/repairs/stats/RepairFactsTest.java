package org.houqin.repairs.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.houqin.iam.IamApi;
import org.houqin.platform.facts.Amount;
import org.houqin.platform.facts.Fact;
import org.houqin.platform.facts.Facts;
import org.houqin.platform.facts.Period;
import org.houqin.platform.time.SchoolClock;
import org.houqin.support.Demo;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The repairs' facts are the figures of 维修统计 for the same days. */
class RepairFactsTest extends IntegrationTest {

    @Autowired
    Facts facts;
    @Autowired
    RepairStatsQueries stats;
    @Autowired
    MaterialUse materialUse;
    @Autowired
    IamApi iam;
    @Autowired
    SchoolClock clock;

    private static Fact fact(List<Fact> facts, String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static BigDecimal value(List<Fact> facts, String key) {
        return fact(facts, key).value().value();
    }

    @Test
    void theSemestersFactsAreTheStatisticsPagesFigures() {
        long school = Demo.schoolId(jdbc);
        Period semester = facts.currentSemester(school);
        List<Fact> told = facts.of(school, semester, Demo.asSystem(() -> iam.actingAs(school, "director")));
        RepairStatsQueries.Line total = stats.total(school, semester.start(clock), semester.end(clock), null);
        assertThat(total.total()).as("the demo's semester has repairs to compare").isPositive();

        assertThat(fact(told, "repairs.requests.received").value().count()).isEqualTo(total.total());
        assertThat(fact(told, "repairs.requests.done").value().count()).isEqualTo(total.done());
        assertThat(fact(told, "repairs.requests.overdue").value().count()).isEqualTo(total.overdue());
        assertThat(value(told, "repairs.response.meanHours")).isEqualByComparingTo(total.responseHours());
        assertThat(value(told, "repairs.completion.meanHours")).isEqualByComparingTo(total.completionHours());
        assertThat(value(told, "repairs.rating.mean")).isEqualByComparingTo(total.rating());
        assertThat(fact(told, "repairs.rating.mean").value().kind()).isEqualTo(Amount.Kind.MEAN);

        List<RepairStatsQueries.Line> categories = stats.lines(school, semester.start(clock), semester.end(clock), null,
                RepairStatsQueries.GroupBy.CATEGORY, Map.of());
        assertThat(fact(told, "repairs.requests.received").breakdown())
                .extracting(p -> p.label().text(), p -> p.value().count())
                .containsExactlyElementsOf(categories.stream()
                        .map(l -> org.assertj.core.groups.Tuple.tuple(l.label(), l.total())).toList());
    }

    @Test
    void theMaterialsAreTheStatisticsPagesMaterialsInTheirOwnUnits() {
        long school = Demo.schoolId(jdbc);
        Period semester = facts.currentSemester(school);
        List<Fact> told = facts.of(school, semester, Demo.asSystem(() -> iam.actingAs(school, "director")));
        List<RepairStatsQueries.MaterialTotal> materials = materialUse.of(school, semester.start(clock), semester.end(clock),
                null);
        assertThat(materials).as("the demo's workers used materials").isNotEmpty();
        Fact used = fact(told, "repairs.materials.used");
        assertThat(used.value().count()).isEqualTo(materials.size());
        assertThat(used.breakdown()).hasSize(Math.min(materials.size(), RepairFacts.MATERIALS_LISTED));
        for (int i = 0; i < used.breakdown().size(); i++) {
            Fact.Part part = used.breakdown().get(i);
            RepairStatsQueries.MaterialTotal material = materials.get(i);
            assertThat(part.label().text()).isEqualTo(material.name());
            assertThat(part.value().kind()).isEqualTo(Amount.Kind.SUM);
            assertThat(part.value().value()).isEqualByComparingTo(material.quantity());
            assertThat(part.value().value().toString()).doesNotContain("E");
            assertThat(part.value().unit().text()).isEqualTo(material.unit());
        }
    }

    @Test
    void theStatisticsPageOfTheLinkSaysTheSameNumbers() {
        long school = Demo.schoolId(jdbc);
        Period semester = facts.currentSemester(school);
        List<Fact> told = facts.of(school, semester, Demo.asSystem(() -> iam.actingAs(school, "director")));
        Fact received = fact(told, "repairs.requests.received");
        String page = login("director").get(received.link()).body();
        assertThat(page).contains("共受理报修 " + received.value().count() + " 次，完成 "
                + fact(told, "repairs.requests.done").value().count() + " 次");
    }

    @Test
    void aCatalogueItemCountsUnderItsOwnNameInItsCategoryAndTypedMaterialsAsOther() {
        long school = Demo.schoolId(jdbc);
        long tap = Demo.count(jdbc, "SELECT id FROM warehouse.item WHERE code = 'WX-002' AND school_id = ?", school);
        org.houqin.repairs.RepairFixtures repairs = new org.houqin.repairs.RepairFixtures(jdbc);
        org.houqin.support.WebUser teacher = login("teacher");
        org.houqin.support.WebUser director = login("director");
        org.houqin.support.WebUser worker = login("worker");
        java.time.Instant from = java.time.Instant.now();
        for (String typed : List.of("龙头", "水嘴")) {
            long id = repairs.report(teacher, "A-101", "水路阀门", "洗手池" + typed + "漏水");
            repairs.dispatch(director, id, "worker");
            repairs.step(worker, id, "start", Map.of());
            assertThat(worker.multipart("/repairs/" + id + "/complete", Map.of("version",
                    String.valueOf(repairs.version(id)), "note", "换" + typed, "hours", "0.5",
                    "materials[0].itemId", String.valueOf(tap), "materials[0].name", typed,
                    "materials[0].quantity", "1", "materials[1].name", "生料带", "materials[1].quantity", "1",
                    "materials[1].unit", "卷", "signature", org.houqin.support.Images.signature()), List.of()).status())
                    .isEqualTo(302);
        }
        List<RepairStatsQueries.MaterialTotal> used = materialUse.of(school, from, java.time.Instant.now(), null);
        assertThat(used).extracting(RepairStatsQueries.MaterialTotal::name, RepairStatsQueries.MaterialTotal::unit,
                        RepairStatsQueries.MaterialTotal::categoryName, m -> m.quantity().stripTrailingZeros().toPlainString(),
                        RepairStatsQueries.MaterialTotal::repairs)
                .as("the catalogue's tap once, in its category, before what was typed")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("水嘴", "只", "维修材料", "2", 2L),
                        org.assertj.core.groups.Tuple.tuple("生料带", "卷", null, "2", 2L));
    }
}
