package org.houqin.repairs;

/** A repair was checked and closed (by its reporter or, after the waiting time, by itself). */
public record RepairCompleted(long schoolId, long repairId, String number, Long roomId, boolean damage) {
}
