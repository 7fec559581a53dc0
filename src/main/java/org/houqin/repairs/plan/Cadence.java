package org.houqin.repairs.plan;

import java.time.LocalDate;

/** How often a maintenance plan comes round: 每周, 每月, 每季度, 每学期 (half a year), 每年. */
public enum Cadence {
    WEEKLY, MONTHLY, QUARTERLY, SEMESTER, YEARLY;

    LocalDate after(LocalDate date) {
        return switch (this) {
            case WEEKLY -> date.plusWeeks(1);
            case MONTHLY -> date.plusMonths(1);
            case QUARTERLY -> date.plusMonths(3);
            case SEMESTER -> date.plusMonths(6);
            case YEARLY -> date.plusYears(1);
        };
    }

    /** The first due date after {@code today}, skipping the rounds missed while nobody ran the plan. */
    LocalDate nextAfter(LocalDate due, LocalDate today) {
        LocalDate next = after(due);
        while (!next.isAfter(today)) {
            next = after(next);
        }
        return next;
    }

    public String messageKey() {
        return "plan.cadence." + name();
    }
}
