package org.houqin.warehouse.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.houqin.warehouse.distribution.RuleOutcome.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.houqin.organization.OrganizationApi.ClassRef;
import org.junit.jupiter.api.Test;

/** The plan's life and each class's list, without a database. */
class DistributionRulesTest {

    private static final long GRADE7 = 1;
    private static final long GRADE8 = 2;

    private static ClassRef schoolClass(long id, long grade, int headCount) {
        return new ClassRef(id, grade, grade == GRADE7 ? "初一" : "初二", (int) grade, "(" + id + ")班", headCount, 100 + id,
                "班主任" + id);
    }

    private static Distribution.Line line(long id, long grade, long item, String perStudent, String extra) {
        return new Distribution.Line(id, grade, item, new BigDecimal(perStudent), new BigDecimal(extra));
    }

    private static Distribution draft(Distribution.Line... lines) {
        return new Distribution(1, DistributionStatus.DRAFT, 0, List.of(lines));
    }

    @Test
    void startingComputesEachClassListFromItsHeadCountAndTheExtraPerClass() {
        Distribution plan = draft(line(11, GRADE7, 500, "8", "0"), line(12, GRADE7, 501, "1", "1"),
                line(21, GRADE8, 500, "6", "2"));
        List<Distribution.ClassList> lists = plan.start(List.of(schoolClass(1, GRADE7, 45), schoolClass(2, GRADE7, 50),
                schoolClass(3, GRADE8, 40), schoolClass(4, 3, 48)));

        assertThat(plan.status).isEqualTo(DistributionStatus.ISSUING);
        assertThat(lists).extracting(list -> list.schoolClass().id()).containsExactly(1L, 2L, 3L);
        assertThat(lists.get(0).required()).containsExactly(Map.entry(11L, new BigDecimal("360")),
                Map.entry(12L, new BigDecimal("46")));
        assertThat(lists.get(1).required()).containsEntry(11L, new BigDecimal("400")).containsEntry(12L,
                new BigDecimal("51"));
        assertThat(lists.get(2).required()).containsExactly(Map.entry(21L, new BigDecimal("242")));
    }

    @Test
    void aClassWithoutStudentsGetsNoList() {
        List<Distribution.ClassList> lists = Distribution.classLists(List.of(line(11, GRADE7, 500, "8", "2")),
                List.of(schoolClass(1, GRADE7, 0), schoolClass(2, GRADE7, 30)));
        assertThat(lists).extracting(list -> list.schoolClass().id()).containsExactly(2L);
    }

    @Test
    void theClassListsAreComputedOnlyWhileThePlanIsADraft() {
        Distribution plan = draft(line(11, GRADE7, 500, "8", "0"));
        plan.start(List.of(schoolClass(1, GRADE7, 45)));
        assertThat(rule(() -> plan.start(List.of(schoolClass(1, GRADE7, 47))))).isEqualTo("distribution.state.issuing");
        assertThat(rule(plan::edit)).isEqualTo("distribution.state.issuing");
        assertThat(rule(plan::cancel)).isEqualTo("distribution.state.issuing");
        assertThat(plan.status).isEqualTo(DistributionStatus.ISSUING);
    }

    @Test
    void aPlanStartsOnlyWithLinesAndClassesToHandThemTo() {
        assertThat(rule(() -> draft().start(List.of(schoolClass(1, GRADE7, 45))))).isEqualTo("distribution.lines.none");
        Distribution onlyGrade8 = draft(line(21, GRADE8, 500, "8", "0"));
        assertThat(rule(() -> onlyGrade8.start(List.of(schoolClass(1, GRADE7, 45))))).isEqualTo(
                "distribution.start.noClasses");
        assertThat(onlyGrade8.status).isEqualTo(DistributionStatus.DRAFT);
    }

    @Test
    void aLineGivesEachStudentMoreThanNothingAndNeverANegativeExtra() {
        assertThat(rule(() -> Distribution.checkLine(2, BigDecimal.ZERO, BigDecimal.ZERO)))
                .isEqualTo("lines[2].perStudent:distribution.line.perStudent");
        assertThat(rule(() -> Distribution.checkLine(0, new BigDecimal("-1"), null)))
                .isEqualTo("lines[0].perStudent:distribution.line.perStudent");
        assertThat(rule(() -> Distribution.checkLine(1, new BigDecimal("8"), new BigDecimal("-1"))))
                .isEqualTo("lines[1].extraPerClass:distribution.line.extra");
        assertThat(rule(() -> Distribution.checkLine(1, new BigDecimal("0.5"), null))).isEqualTo("allowed");
    }

    @Test
    void closingNeedsAReasonWhileClassesAreStillOwedAndADraftIsCancelledNotClosed() {
        Distribution issuing = new Distribution(1, DistributionStatus.ISSUING, 3, List.of());
        assertThat(rule(() -> issuing.close(2, " "))).isEqualTo("note:distribution.close.noteRequired");
        issuing.close(2, "初一(12)班转入他校，不再发放");
        assertThat(issuing.status).isEqualTo(DistributionStatus.CLOSED);
        assertThat(rule(issuing::requireIssuing)).isEqualTo("distribution.state.closed");

        Distribution done = new Distribution(2, DistributionStatus.ISSUING, 3, List.of());
        done.close(0, null);
        assertThat(done.status).isEqualTo(DistributionStatus.CLOSED);

        Distribution draft = draft();
        assertThat(rule(() -> draft.close(0, null))).isEqualTo("distribution.state.draft");
        assertThat(rule(draft::requireIssuing)).isEqualTo("distribution.state.draft");
        draft.cancel();
        assertThat(draft.status).isEqualTo(DistributionStatus.CANCELLED);
        assertThat(rule(draft::edit)).isEqualTo("distribution.state.cancelled");
    }
}
