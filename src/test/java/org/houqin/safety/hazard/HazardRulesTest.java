package org.houqin.safety.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.checklist.HazardLevel;
import org.junit.jupiter.api.Test;

/** A hazard's state rules, without a database. */
class HazardRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final long OFFICE = 1;
    private static final long WORKER = 2;
    private static final long VICE = 3;

    @Test
    void anAssignedHazardIsDueAfterTheDaysItsLevelAllows() {
        Hazard hazard = reported(HazardLevel.MAJOR);
        hazard.assign(WORKER, "张师傅", "更换", Duration.ofDays(3), NOW);
        assertThat(hazard.status).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(hazard.dueAt).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(Hazard.overdue(hazard.status, hazard.dueAt, NOW.plus(Duration.ofDays(4)))).isTrue();
        assertThat(Hazard.overdue(hazard.status, hazard.dueAt, NOW.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void theDefaultDeadlinesAreSevenThreeAndOneDaysByLevel() {
        assertThat(HazardSettingKeys.daysFor(HazardLevel.GENERAL).defaultValue()).isEqualTo(7);
        assertThat(HazardSettingKeys.daysFor(HazardLevel.MAJOR).defaultValue()).isEqualTo(3);
        assertThat(HazardSettingKeys.daysFor(HazardLevel.SEVERE).defaultValue()).isEqualTo(1);
        assertThat(HazardSettingKeys.BUREAU_HOURS.defaultValue()).isEqualTo(24);
    }

    @Test
    void someoneOtherThanTheRectifierClosesIt() {
        Hazard hazard = rectifiedBy(WORKER);
        hazard.pass(VICE, "陈丽萍", NOW);
        assertThat(hazard.status).isEqualTo(HazardStatus.CLOSED);
        assertThat(hazard.checkedBy).isEqualTo(VICE);
        assertThat(hazard.closedAt).isEqualTo(NOW);
    }

    @Test
    void refusesClosureByThePersonWhoRectifiedIt() {
        Hazard hazard = rectifiedBy(OFFICE);
        assertThatThrownBy(() -> hazard.pass(OFFICE, "王国强", NOW)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("hazard.recheck.ownRectification");
        assertThatThrownBy(() -> hazard.sendBack(OFFICE, "王国强", "不行")).isInstanceOf(RuleViolation.class);
        assertThat(hazard.status).isEqualTo(HazardStatus.RECTIFIED);
    }

    @Test
    void refusesClosureWithoutARectificationFirst() {
        Hazard hazard = reported(HazardLevel.GENERAL);
        assertThatThrownBy(() -> hazard.pass(VICE, "陈丽萍", NOW)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("document.step.refused");
        hazard.assign(WORKER, "张师傅", null, Duration.ofDays(7), NOW);
        assertThatThrownBy(() -> hazard.pass(VICE, "陈丽萍", NOW)).isInstanceOf(RuleViolation.class);
        assertThat(hazard.status).isEqualTo(HazardStatus.RECTIFYING);
    }

    @Test
    void aSentBackHazardIsRectifiedAgainWithTheReason() {
        Hazard hazard = rectifiedBy(WORKER);
        hazard.sendBack(VICE, "陈丽萍", "灭火器型号不符");
        assertThat(hazard.status).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(hazard.reason).isEqualTo("灭火器型号不符");
        hazard.rectify(WORKER, "张师傅", "换成 4kg 干粉灭火器", BigDecimal.ZERO, NOW);
        assertThat(hazard.status).isEqualTo(HazardStatus.RECTIFIED);
    }

    @Test
    void refusesANegativeCost() {
        Hazard hazard = reported(HazardLevel.GENERAL);
        hazard.assign(WORKER, "张师傅", null, Duration.ofDays(7), NOW);
        assertThatThrownBy(() -> hazard.rectify(WORKER, "张师傅", "修好了", new BigDecimal("-1"), NOW))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("cost");
        assertThat(hazard.status).isEqualTo(HazardStatus.RECTIFYING);
    }

    @Test
    void aHazardIsNeverDroppedOnlyClosedAsADuplicateWithAReason() {
        Hazard hazard = reported(HazardLevel.GENERAL);
        hazard.duplicate("与 YH-2026-00003 重复", NOW);
        assertThat(hazard.status).isEqualTo(HazardStatus.DUPLICATE);
        assertThat(HazardStatus.FLOW.allows("duplicate", HazardStatus.RECTIFIED)).isFalse();
        assertThat(HazardStatus.FLOW.allows("duplicate", HazardStatus.CLOSED)).isFalse();
    }

    @Test
    void aCompletedRepairRectifiesItWithTheRepairsNote() {
        Hazard hazard = reported(HazardLevel.MAJOR);
        hazard.assign(WORKER, "张师傅", null, Duration.ofDays(3), NOW);
        hazard.repaired("BX-2026-00301", "更换吊扇", NOW);
        assertThat(hazard.status).isEqualTo(HazardStatus.RECTIFIED);
        assertThat(hazard.measures).isEqualTo("BX-2026-00301：更换吊扇");
        assertThat(hazard.rectifiedBy).as("anyone with the right may re-inspect a repair's work").isNull();
    }

    @Test
    void theRectificationRateIsOneDecimalRoundedHalfUp() {
        assertThat(new HazardStatsQueries.Totals(23, 21, 2, 0).rate()).isEqualByComparingTo("91.3");
        assertThat(new HazardStatsQueries.Totals(8, 7, 1, 0).rate()).isEqualByComparingTo("87.5");
        assertThat(new HazardStatsQueries.Totals(6, 1, 5, 0).rate()).isEqualByComparingTo("16.7");
        assertThat(new HazardStatsQueries.Totals(0, 0, 0, 0).rate()).isNull();
    }

    private static Hazard reported(HazardLevel level) {
        return new Hazard(1, level, HazardStatus.REPORTED, 0);
    }

    private static Hazard rectifiedBy(long userId) {
        Hazard hazard = reported(HazardLevel.GENERAL);
        hazard.assign(userId, "某人", null, Duration.ofDays(7), NOW);
        hazard.rectify(userId, "某人", "已整改", BigDecimal.ZERO, NOW);
        return hazard;
    }
}
