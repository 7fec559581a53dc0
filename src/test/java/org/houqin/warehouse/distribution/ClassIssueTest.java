package org.houqin.warehouse.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.houqin.warehouse.distribution.RuleOutcome.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A class's hand-overs and returns against its list, without a database. */
class ClassIssueTest {

    /** A class owed 368 exercise books (line 1) and 47 textbooks (line 2), nothing handed over yet. */
    private static ClassIssue pending() {
        return new ClassIssue(9, ClassStatus.PENDING, 0, List.of(
                new ClassIssue.Line(1, new BigDecimal("368"), BigDecimal.ZERO, BigDecimal.ZERO),
                new ClassIssue.Line(2, new BigDecimal("47"), BigDecimal.ZERO, BigDecimal.ZERO)));
    }

    private static ClassIssue issued(String books, String textbooks, String returnedBooks) {
        return new ClassIssue(9, ClassStatus.ISSUED, 1, List.of(
                new ClassIssue.Line(1, new BigDecimal("368"), new BigDecimal(books), new BigDecimal(returnedBooks)),
                new ClassIssue.Line(2, new BigDecimal("47"), new BigDecimal(textbooks), BigDecimal.ZERO)));
    }

    private static Map<Long, BigDecimal> quantities(String books, String textbooks) {
        return Map.of(1L, new BigDecimal(books), 2L, new BigDecimal(textbooks));
    }

    @Test
    void handingOverTheWholeListIssuesTheClass() {
        ClassIssue issue = pending();
        assertThat(issue.issue(quantities("368", "47"), null)).containsExactly(Map.entry(1L, new BigDecimal("368")),
                Map.entry(2L, new BigDecimal("47")));
        assertThat(issue.status).isEqualTo(ClassStatus.ISSUED);
    }

    @Test
    void moreThanTheClassIsOwedIsRefusedAtItsLine() {
        ClassIssue issue = pending();
        assertThat(rule(() -> issue.issue(quantities("368", "48"), null)))
                .isEqualTo("lines[1].quantity:distribution.issue.tooMuch");
        assertThat(rule(() -> issue.issue(quantities("-1", "47"), null))).isEqualTo("lines[0].quantity:validation.range");
        assertThat(rule(() -> issue.issue(quantities("0", "0"), "没到货"))).isEqualTo(
                "lines[0].quantity:distribution.issue.nothing");
        assertThat(issue.status).isEqualTo(ClassStatus.PENDING);
    }

    @Test
    void handingOverLessNeedsTheReasonAndTheRestFollowsLater() {
        ClassIssue issue = pending();
        assertThat(rule(() -> issue.issue(quantities("368", "44"), " "))).isEqualTo(
                "shortageReason:distribution.shortage.reasonRequired");
        issue.issue(quantities("368", "44"), "书店到货少 3 本");
        assertThat(issue.status).isEqualTo(ClassStatus.SHORT);

        ClassIssue later = new ClassIssue(9, ClassStatus.SHORT, 1, List.of(
                new ClassIssue.Line(1, new BigDecimal("368"), new BigDecimal("368"), BigDecimal.ZERO),
                new ClassIssue.Line(2, new BigDecimal("47"), new BigDecimal("44"), BigDecimal.ZERO)));
        assertThat(rule(() -> later.issue(Map.of(2L, new BigDecimal("4")), null))).isEqualTo(
                "lines[1].quantity:distribution.issue.tooMuch");
        assertThat(later.issue(Map.of(2L, new BigDecimal("3")), null)).containsExactly(Map.entry(2L,
                new BigDecimal("3")));
        assertThat(later.status).isEqualTo(ClassStatus.ISSUED);
    }

    @Test
    void anIssuedClassGetsNothingMore() {
        assertThat(rule(() -> issued("368", "47", "0").issue(quantities("1", "0"), null)))
                .isEqualTo("distribution.class.state.issued");
    }

    @Test
    void returnsAreNeverMoreThanTheClassStillHolds() {
        ClassIssue issue = issued("368", "47", "16");
        assertThat(rule(() -> issue.giveBack(quantities("353", "0")))).isEqualTo(
                "lines[0].quantity:distribution.return.tooMuch");
        assertThat(rule(() -> issue.giveBack(quantities("0", "0")))).isEqualTo("distribution.return.nothing");
        assertThat(issue.giveBack(quantities("352", "2"))).containsExactly(Map.entry(1L, new BigDecimal("352")),
                Map.entry(2L, new BigDecimal("2")));
        assertThat(issue.status).isEqualTo(ClassStatus.ISSUED);
        assertThat(rule(() -> pending().giveBack(quantities("1", "0")))).isEqualTo(
                "lines[0].quantity:distribution.return.tooMuch");
    }
}
