package org.houqin.routines.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One round of a schedule: the day it belongs to, its slot (a meal, or empty), when it opens, is due and becomes
 * overdue. Its {@link #key} names it for good, so a table holds one row per schedule and key under a unique
 * constraint and a second generation, on this node or another, adds nothing.
 */
public record Occurrence(LocalDate day, String slot, Instant opensAt, Instant dueAt, Instant overdueAt) {

    public Occurrence {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(slot, "slot");
        if (dueAt.isBefore(opensAt) || overdueAt.isBefore(dueAt)) {
            throw new IllegalArgumentException("An occurrence opens, then is due, then is overdue");
        }
    }

    /** {@code 2026-09-30}, or {@code 2026-09-30/LUNCH} for a slot. */
    public String key() {
        return slot.isEmpty() ? day.toString() : day + "/" + slot;
    }

    /** Overdue once the grace has passed without a record. */
    public boolean isOverdueAt(Instant now) {
        return now.isAfter(overdueAt);
    }

    /** A record submitted after the grace had passed is late, though done. */
    public boolean isLate(Instant submittedAt) {
        return submittedAt.isAfter(overdueAt);
    }
}
