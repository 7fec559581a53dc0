package org.houqin.repairs.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.houqin.repairs.Priority;
import org.junit.jupiter.api.Test;

/** Teaching comes first (只要教学需要就优先安排), and each priority has the time the school allows. */
class PoliciesTest {

    @Test
    void anUrgentReportIsUrgentWhereverItIs() {
        assertThat(PriorityPolicy.of(true, false, false, false)).isEqualTo(Priority.URGENT);
    }

    @Test
    void aClassroomOrTeachingEquipmentFaultAffectsTeachingDuringTerm() {
        assertThat(PriorityPolicy.of(false, true, false, true)).isEqualTo(Priority.TEACHING);
        assertThat(PriorityPolicy.of(false, false, true, true)).isEqualTo(Priority.TEACHING);
    }

    @Test
    void theSameFaultInTheHolidaysIsNormal() {
        assertThat(PriorityPolicy.of(false, true, true, false)).isEqualTo(Priority.NORMAL);
    }

    @Test
    void anOfficeLampIsNormal() {
        assertThat(PriorityPolicy.of(false, false, false, true)).isEqualTo(Priority.NORMAL);
    }

    @Test
    void dueTimesFollowTheSchoolsHoursPerPriority() {
        DuePolicy policy = new DuePolicy(2, 24, 72);
        Instant reported = Instant.parse("2026-11-26T00:00:00Z");
        assertThat(policy.dueAt(Priority.URGENT, reported)).isEqualTo("2026-11-26T02:00:00Z");
        assertThat(policy.dueAt(Priority.TEACHING, reported)).isEqualTo("2026-11-27T00:00:00Z");
        assertThat(policy.dueAt(Priority.NORMAL, reported)).isEqualTo("2026-11-29T00:00:00Z");
    }

    @Test
    void aPolicyWithoutTimeIsRefused() {
        assertThatThrownBy(() -> new DuePolicy(0, 24, 72)).isInstanceOf(IllegalArgumentException.class);
    }
}
