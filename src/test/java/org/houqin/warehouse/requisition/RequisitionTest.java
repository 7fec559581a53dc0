package org.houqin.warehouse.requisition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.houqin.platform.web.RuleViolation;
import org.junit.jupiter.api.Test;

class RequisitionTest {

    private static final long REQUESTER = 7;

    private static Requisition approved(String... asked) {
        List<Requisition.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < asked.length; i++) {
            lines.add(new Requisition.Line(i + 1, new BigDecimal(asked[i]), BigDecimal.ZERO));
        }
        return new Requisition(1, RequisitionStatus.APPROVED, REQUESTER, 0, lines);
    }

    private static String rule(Runnable step) {
        try {
            step.run();
            return "allowed";
        } catch (RuleViolation violation) {
            return violation.field() == null ? violation.messageKey() : violation.field() + ":" + violation.messageKey();
        }
    }

    @Test
    void theApprovalsEndMovesASubmittedRequisitionOn() {
        Requisition approved = new Requisition(1, RequisitionStatus.SUBMITTED, REQUESTER, 0, List.of());
        approved.decided("APPROVED");
        assertThat(approved.status).isEqualTo(RequisitionStatus.APPROVED);
        Requisition returned = new Requisition(1, RequisitionStatus.SUBMITTED, REQUESTER, 0, List.of());
        returned.decided("RETURNED");
        assertThat(returned.status).isEqualTo(RequisitionStatus.RETURNED);
        Requisition rejected = new Requisition(1, RequisitionStatus.SUBMITTED, REQUESTER, 0, List.of());
        rejected.decided("REJECTED");
        assertThat(rejected.status).isEqualTo(RequisitionStatus.REJECTED);
        assertThat(rule(() -> rejected.decided("APPROVED"))).isEqualTo("requisition.state.rejected");
    }

    @Test
    void issuingAllOfEveryLineIssuesItAndPartOfItLeavesItPartlyIssued() {
        Requisition all = approved("2", "10");
        assertThat(all.issue(Map.of(1L, new BigDecimal("2"), 2L, new BigDecimal("10"))))
                .containsEntry(1L, new BigDecimal("2")).containsEntry(2L, new BigDecimal("10"));
        assertThat(all.status).isEqualTo(RequisitionStatus.ISSUED);

        Requisition part = approved("2", "10");
        assertThat(part.issue(Map.of(1L, new BigDecimal("2"), 2L, BigDecimal.ZERO))).containsOnlyKeys(1L);
        assertThat(part.status).isEqualTo(RequisitionStatus.PARTIAL);

        Requisition rest = new Requisition(1, RequisitionStatus.PARTIAL, REQUESTER, 1, List.of(
                new Requisition.Line(1, new BigDecimal("2"), new BigDecimal("2")),
                new Requisition.Line(2, new BigDecimal("10"), new BigDecimal("4"))));
        rest.issue(Map.of(2L, new BigDecimal("6")));
        assertThat(rest.status).isEqualTo(RequisitionStatus.ISSUED);
    }

    @Test
    void anIssueIsRefusedAboveWhatIsOutstandingWithNothingOrBeforeApproval() {
        Requisition requisition = approved("2", "10");
        assertThat(rule(() -> requisition.issue(Map.of(2L, new BigDecimal("10.5")))))
                .isEqualTo("lines[1].quantity:requisition.issue.tooMuch");
        assertThat(rule(() -> requisition.issue(Map.of(1L, BigDecimal.ZERO))))
                .isEqualTo("lines[0].quantity:requisition.issue.nothing");
        assertThat(rule(() -> requisition.issue(Map.of(1L, new BigDecimal("-1")))))
                .isEqualTo("lines[0].quantity:validation.positive");
        assertThat(requisition.status).isEqualTo(RequisitionStatus.APPROVED);

        Requisition waiting = new Requisition(1, RequisitionStatus.SUBMITTED, REQUESTER, 0,
                List.of(new Requisition.Line(1, BigDecimal.ONE, BigDecimal.ZERO)));
        assertThat(rule(() -> waiting.issue(Map.of(1L, BigDecimal.ONE)))).isEqualTo("requisition.state.submitted");
        assertThat(rule(waiting::close)).isEqualTo("requisition.state.submitted");
    }

    @Test
    void onlyTheRequesterWithdrawsOrResubmitsAndAnApprovedRequisitionIsReadOnly() {
        Requisition submitted = new Requisition(1, RequisitionStatus.SUBMITTED, REQUESTER, 0, List.of());
        assertThat(rule(() -> submitted.withdraw(99))).isEqualTo("requisition.notYours");
        submitted.withdraw(REQUESTER);
        assertThat(submitted.status).isEqualTo(RequisitionStatus.WITHDRAWN);

        Requisition returned = new Requisition(1, RequisitionStatus.RETURNED, REQUESTER, 0, List.of());
        assertThat(rule(() -> returned.resubmit(99))).isEqualTo("requisition.notYours");
        returned.resubmit(REQUESTER);
        assertThat(returned.status).isEqualTo(RequisitionStatus.SUBMITTED);

        Requisition approved = approved("1");
        assertThat(rule(() -> approved.resubmit(REQUESTER))).isEqualTo("requisition.state.approved");
        assertThat(rule(() -> approved.withdraw(REQUESTER))).isEqualTo("requisition.state.approved");
        approved.close();
        assertThat(approved.status).isEqualTo(RequisitionStatus.CLOSED);
        assertThat(rule(approved::close)).isEqualTo("requisition.state.closed");
    }
}
