package org.houqin.safety.drill;

import java.time.Instant;

import org.houqin.platform.web.RuleViolation;

/**
 * What a drill's record must hold. A drill happens somewhere (a room or a text such as 全校); a done drill says how
 * long it took, and an evacuation drill (消防疏散, 地震避险) how many seconds everyone needed to reach the assembly
 * point, which cannot be longer than the drill itself; nobody records a drill that has not started yet.
 */
final class DrillRules {

    private DrillRules() {
    }

    static void placeGiven(Long roomId, String place) {
        if (roomId == null && (place == null || place.isBlank())) {
            throw new RuleViolation("place", "drill.place.required");
        }
    }

    static void completion(DrillKind kind, Instant startedAt, Instant now, Integer durationMinutes,
                           Integer evacuationSeconds) {
        if (startedAt.isAfter(now)) {
            throw new RuleViolation("startedOn", "drill.started.future");
        }
        if (durationMinutes == null) {
            throw new RuleViolation("durationMinutes", "drill.duration.required");
        }
        if (kind.evacuation() && evacuationSeconds == null) {
            throw new RuleViolation("evacuationSeconds", "drill.evacuation.required");
        }
        if (evacuationSeconds != null && evacuationSeconds > durationMinutes * 60) {
            throw new RuleViolation("evacuationSeconds", "drill.evacuation.longerThanDrill");
        }
    }
}
