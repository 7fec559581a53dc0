package org.houqin.repairs.request;

import org.houqin.repairs.Priority;

/**
 * "只要教学需要就优先安排": a request the reporter marks urgent is 紧急; a fault in a classroom or lab, or of teaching
 * equipment, while term is on, is 影响教学; everything else is 一般.
 */
final class PriorityPolicy {

    private PriorityPolicy() {
    }

    static Priority of(boolean urgent, boolean teachingRoom, boolean teachingCategory, boolean termRunning) {
        if (urgent) {
            return Priority.URGENT;
        }
        if (termRunning && (teachingRoom || teachingCategory)) {
            return Priority.TEACHING;
        }
        return Priority.NORMAL;
    }
}
