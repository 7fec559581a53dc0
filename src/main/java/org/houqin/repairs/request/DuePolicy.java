package org.houqin.repairs.request;

import java.time.Duration;
import java.time.Instant;

import org.houqin.repairs.Priority;

/** The time a school allows per priority (settings, e.g. 紧急 2 h, 影响教学 24 h, 一般 72 h), counted from the report. */
record DuePolicy(int urgentHours, int teachingHours, int normalHours) {

    DuePolicy {
        if (urgentHours < 1 || teachingHours < 1 || normalHours < 1) {
            throw new IllegalArgumentException("Every priority needs at least one hour");
        }
    }

    Instant dueAt(Priority priority, Instant reportedAt) {
        int hours = switch (priority) {
            case URGENT -> urgentHours;
            case TEACHING -> teachingHours;
            case NORMAL -> normalHours;
        };
        return reportedAt.plus(Duration.ofHours(hours));
    }
}
