package org.houqin.safety.hazard;

import java.math.BigDecimal;
import java.time.Instant;

import org.houqin.routines.checklist.HazardLevel;

/** A hazard as lists, its page, the printed notices and the API show it. */
public record HazardRow(long id, String number, HazardStatus status, HazardLevel level, HazardCategory category,
                        Long roomId, String place, String description, String source, Long reportedBy,
                        String reportedByName, Instant reportedAt, Long assigneeUserId, String assigneeName,
                        Instant assignedAt, Instant dueAt, String requiredMeasures, String measures, BigDecimal cost,
                        Long rectifiedBy, String rectifiedByName, Instant rectifiedAt, Long checkedBy,
                        String checkedByName, Instant closedAt, String reason, Long repairId, Instant escalatedAt,
                        Instant bureauDueAt, Instant bureauSentAt, String bureauSentByName, int version) {

    public boolean overdue() {
        return Hazard.overdue(status, dueAt, Instant.now());
    }

    public boolean severe() {
        return level == HazardLevel.SEVERE;
    }

    /** A 重大 hazard not yet reported to the education bureau (上报教育局). */
    public boolean bureauPending() {
        return severe() && bureauSentAt == null && status != HazardStatus.DUPLICATE;
    }

    /** Past the hours within which the bureau was to be told. */
    public boolean bureauLate() {
        return bureauPending() && bureauDueAt != null && Instant.now().isAfter(bureauDueAt);
    }

    public String levelKey() {
        return "hazard.level." + level.name();
    }

    public String levelBadge() {
        return switch (level) {
            case GENERAL -> "text-bg-secondary";
            case MAJOR -> "text-bg-warning";
            case SEVERE -> "text-bg-danger";
        };
    }
}
