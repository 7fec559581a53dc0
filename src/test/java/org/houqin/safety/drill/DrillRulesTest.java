package org.houqin.safety.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.houqin.platform.web.RuleViolation;
import org.junit.jupiter.api.Test;

/** A drill's life and what its record must hold, without a database. */
class DrillRulesTest {

    private static final Instant NOW = Instant.parse("2026-09-18T03:00:00Z");
    private static final Instant STARTED = NOW.minusSeconds(1800);

    private static RuleViolation refusal(Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("the rule let it pass");
    }

    @Test
    void aPlannedDrillIsCompletedOrCancelledAndNothingElse() {
        assertThat(DrillStatus.FLOW.take("complete", DrillStatus.PLANNED).to()).isEqualTo(DrillStatus.DONE);
        assertThat(DrillStatus.FLOW.take("cancel", DrillStatus.PLANNED).to()).isEqualTo(DrillStatus.CANCELLED);
    }

    @Test
    void refusesCompletingADoneOrCancelledDrill() {
        assertThat(refusal(() -> DrillStatus.FLOW.take("complete", DrillStatus.DONE)).messageKey())
                .isEqualTo("document.step.refused");
        assertThat(refusal(() -> DrillStatus.FLOW.take("complete", DrillStatus.CANCELLED)).messageKey())
                .isEqualTo("document.step.refused");
    }

    @Test
    void refusesCancellingADrillThatTookPlace() {
        assertThatThrownBy(() -> DrillStatus.FLOW.take("cancel", DrillStatus.DONE)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void onlyACancelledDrillIsKeptAsItIs() {
        assertThat(DrillStatus.PLANNED.editable()).isTrue();
        assertThat(DrillStatus.DONE.editable()).isTrue();
        assertThat(DrillStatus.CANCELLED.editable()).isFalse();
    }

    @Test
    void fireAndEarthquakeDrillsAreEvacuations() {
        assertThat(DrillKind.values()).filteredOn(DrillKind::evacuation)
                .containsExactly(DrillKind.FIRE, DrillKind.EARTHQUAKE);
    }

    @Test
    void refusesRecordingADrillBeforeItStarts() {
        RuleViolation future = refusal(() -> DrillRules.completion(DrillKind.FIRE, NOW.plusSeconds(60), NOW, 20, 180));
        assertThat(future.field()).isEqualTo("startedOn");
        assertThat(future.messageKey()).isEqualTo("drill.started.future");
    }

    @Test
    void refusesADoneDrillWithoutItsDuration() {
        RuleViolation missing = refusal(() -> DrillRules.completion(DrillKind.DROWNING, STARTED, NOW, null, null));
        assertThat(missing.field()).isEqualTo("durationMinutes");
    }

    @Test
    void refusesAnEvacuationWithoutItsEvacuationTime() {
        RuleViolation missing = refusal(() -> DrillRules.completion(DrillKind.EARTHQUAKE, STARTED, NOW, 20, null));
        assertThat(missing.field()).isEqualTo("evacuationSeconds");
        assertThat(missing.messageKey()).isEqualTo("drill.evacuation.required");
    }

    @Test
    void acceptsAFoodPoisoningDrillWithoutAnEvacuationTime() {
        assertThatCode(() -> DrillRules.completion(DrillKind.FOOD_POISONING, STARTED, NOW, 40, null))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnEvacuationLongerThanTheDrill() {
        RuleViolation longer = refusal(() -> DrillRules.completion(DrillKind.FIRE, STARTED, NOW, 3, 181));
        assertThat(longer.messageKey()).isEqualTo("drill.evacuation.longerThanDrill");
        assertThatCode(() -> DrillRules.completion(DrillKind.FIRE, STARTED, NOW, 3, 180)).doesNotThrowAnyException();
    }

    @Test
    void aDrillHappensInARoomOrAtAPlaceNamedInWords() {
        assertThat(refusal(() -> DrillRules.placeGiven(null, " ")).field()).isEqualTo("place");
        assertThatCode(() -> DrillRules.placeGiven(12L, null)).doesNotThrowAnyException();
        assertThatCode(() -> DrillRules.placeGiven(null, "全校")).doesNotThrowAnyException();
    }
}
