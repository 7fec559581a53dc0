package org.houqin.repairs.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.RepairStatus;
import org.junit.jupiter.api.Test;

/** The request's state machine: each step only from the states that allow it, and nothing changes when refused. */
class RepairTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final long TEACHER = 7;
    private static final long WORKER = 9;

    private static Repair reported() {
        return new Repair(1, RepairStatus.NEW, TEACHER, NOW, null, 0);
    }

    private static Repair inProgress() {
        Repair repair = reported();
        repair.dispatch(WORKER, "张师傅", NOW);
        repair.start(NOW);
        return repair;
    }

    @Test
    void walksTheMainRoadFromReportToDone() {
        Repair repair = reported();
        assertThat(repair.dispatch(WORKER, "张师傅", NOW).to()).isEqualTo(RepairStatus.ASSIGNED);
        assertThat(repair.assignedTo(WORKER)).isTrue();
        assertThat(repair.start(NOW.plusSeconds(60)).to()).isEqualTo(RepairStatus.IN_PROGRESS);
        Repair.Step done = repair.complete("换了一根灯管", new BigDecimal("0.5"), NOW.plusSeconds(600));
        assertThat(done.from()).isEqualTo(RepairStatus.IN_PROGRESS);
        assertThat(done.to()).isEqualTo(RepairStatus.AWAITING_CHECK);
        assertThat(repair.confirm(5, "谢谢", NOW.plusSeconds(900)).to()).isEqualTo(RepairStatus.DONE);
        assertThat(repair.rating).isEqualTo(5);
        assertThat(repair.closedAt).isEqualTo(NOW.plusSeconds(900));
    }

    @Test
    void refusesToCompleteARequestNobodyStarted() {
        Repair repair = reported();
        assertThatThrownBy(() -> repair.complete("done", BigDecimal.ONE, NOW))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("repair.transition.refused");
        assertThat(repair.status).isEqualTo(RepairStatus.NEW);
        assertThat(repair.workNote).isNull();
    }

    @Test
    void refusesToDispatchADoneRequestOrToConfirmTwice() {
        Repair repair = inProgress();
        repair.complete("ok", BigDecimal.ONE, NOW);
        repair.confirm(4, null, NOW);
        assertThatThrownBy(() -> repair.dispatch(WORKER, "张师傅", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> repair.confirm(5, null, NOW)).isInstanceOf(RuleViolation.class);
        assertThat(repair.rating).isEqualTo(4);
    }

    @Test
    void ratingOutsideOneToFiveIsRefused() {
        Repair repair = inProgress();
        repair.complete("ok", BigDecimal.ONE, NOW);
        assertThatThrownBy(() -> repair.confirm(6, null, NOW)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("rating");
        assertThat(repair.status).isEqualTo(RepairStatus.AWAITING_CHECK);
    }

    @Test
    void holdAndResumeGoBackToTheSameWorker() {
        Repair repair = inProgress();
        assertThat(repair.hold("等灯管到货").to()).isEqualTo(RepairStatus.ON_HOLD);
        assertThat(repair.resume().to()).isEqualTo(RepairStatus.IN_PROGRESS);
        assertThat(repair.assignedTo(WORKER)).isTrue();
    }

    @Test
    void reopeningSendsTheWorkBackToWhoeverDidIt() {
        Repair byWorker = inProgress();
        byWorker.complete("ok", BigDecimal.ONE, NOW);
        assertThat(byWorker.reopen("还是不亮").to()).isEqualTo(RepairStatus.ASSIGNED);
        assertThat(byWorker.finishedAt).isNull();

        Repair byContractor = reported();
        byContractor.outsource("城区水电维修部", new BigDecimal("180.00"), NOW);
        byContractor.finishOutsourced("换了阀门", new BigDecimal("200.00"), NOW);
        assertThat(byContractor.reopen("还在漏").to()).isEqualTo(RepairStatus.OUTSOURCED);
        assertThat(byContractor.contractorCost).isEqualByComparingTo("200.00");
    }

    @Test
    void anEscalatedRequestWaitsForTheSchoolsDecision() {
        Repair approved = reported();
        approved.escalate("需整体更换，费用约 3000 元");
        assertThatThrownBy(() -> approved.dispatch(WORKER, "张师傅", NOW)).isInstanceOf(RuleViolation.class);
        assertThat(approved.decide(true, "同意", NOW).to()).isEqualTo(RepairStatus.NEW);

        Repair declined = reported();
        declined.escalate("费用过高");
        assertThat(declined.decide(false, "下学期预算安排", NOW).to()).isEqualTo(RepairStatus.REJECTED);
        assertThat(declined.closedAt).isEqualTo(NOW);
    }

    @Test
    void closesItselfOnlyAfterTheWaitingTime() {
        Repair repair = inProgress();
        repair.complete("ok", BigDecimal.ONE, NOW);
        Duration week = Duration.ofDays(7);
        assertThatThrownBy(() -> repair.autoClose(week, NOW.plus(Duration.ofDays(6))))
                .isInstanceOf(RuleViolation.class);
        assertThat(repair.status).isEqualTo(RepairStatus.AWAITING_CHECK);
        assertThat(repair.autoClose(week, NOW.plus(Duration.ofDays(8))).to()).isEqualTo(RepairStatus.DONE);
        assertThat(repair.autoClosed).isTrue();
        assertThat(repair.rating).isNull();
    }

    @Test
    void onlyANewRequestCanBeWithdrawnOrRefused() {
        Repair repair = inProgress();
        assertThatThrownBy(() -> repair.cancel(NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> repair.reject("no", NOW)).isInstanceOf(RuleViolation.class);
        assertThat(reported().cancel(NOW).to()).isEqualTo(RepairStatus.CANCELLED);
    }

    @Test
    void overdueMeansStillOpenAfterTheDueTime() {
        assertThat(Repair.overdue(RepairStatus.ASSIGNED, NOW, NOW.plusSeconds(1))).isTrue();
        assertThat(Repair.overdue(RepairStatus.ASSIGNED, NOW, NOW.minusSeconds(1))).isFalse();
        assertThat(Repair.overdue(RepairStatus.DONE, NOW, NOW.plusSeconds(1))).isFalse();
        assertThat(Repair.overdue(RepairStatus.AWAITING_CHECK, NOW, NOW.plusSeconds(1))).isFalse();
    }
}
