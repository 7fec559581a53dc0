package org.houqin.safety.hazard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.checklist.HazardLevel;

/**
 * A hazard's state machine. Each intention-named step checks the status through {@link HazardStatus#FLOW}, changes
 * the hazard and returns the step for its history; anything else is refused and changes nothing. Who may take a step
 * (the office, the rectifier, a re-inspector) is checked by {@link HazardService}; the one rule about people that is
 * the hazard's own, that nobody passes or sends back their own rectification, is kept here.
 */
final class Hazard {

    /** One step of the hazard's life with the note its history shows. */
    record Step(StatusFlow.Step<HazardStatus> flow, String note) {

        HazardStatus to() {
            return flow.to();
        }

        String action() {
            return flow.action();
        }
    }

    final long id;
    final int version;
    final HazardLevel level;
    HazardStatus status;
    Long assigneeUserId;
    String assigneeName;
    Instant assignedAt;
    Instant dueAt;
    String requiredMeasures;
    String measures;
    BigDecimal cost;
    Long rectifiedBy;
    String rectifiedByName;
    Instant rectifiedAt;
    Long checkedBy;
    String checkedByName;
    Instant closedAt;
    String reason;
    Instant escalatedAt;

    Hazard(long id, HazardLevel level, HazardStatus status, int version) {
        this.id = id;
        this.level = level;
        this.status = status;
        this.version = version;
    }

    /** 派发整改: to a responsible person, due after the days the level allows; a new assignment may escalate again. */
    Step assign(long userId, String name, String required, Duration allowed, Instant now) {
        StatusFlow.Step<HazardStatus> step = take("assign");
        assigneeUserId = userId;
        assigneeName = name;
        assignedAt = now;
        dueAt = now.plus(allowed);
        requiredMeasures = required;
        escalatedAt = null;
        return new Step(step, name);
    }

    /** 整改完成: the measures taken and what they cost (0 when nothing was spent). */
    Step rectify(long userId, String name, String measuresTaken, BigDecimal spent, Instant now) {
        if (spent != null && spent.signum() < 0) {
            throw new RuleViolation("cost", "hazard.cost.negative");
        }
        StatusFlow.Step<HazardStatus> step = take("rectify");
        measures = measuresTaken;
        cost = spent;
        rectifiedBy = userId;
        rectifiedByName = name;
        rectifiedAt = now;
        return new Step(step, measuresTaken);
    }

    /** The repair opened for the hazard was completed: its note stands as the measures. */
    Step repaired(String repairNumber, String note, Instant now) {
        StatusFlow.Step<HazardStatus> step = take("repaired");
        measures = note == null || note.isBlank() ? repairNumber : repairNumber + "：" + note;
        rectifiedBy = null;
        rectifiedByName = repairNumber;
        rectifiedAt = now;
        return new Step(step, repairNumber);
    }

    /** 复查通过，销号. */
    Step pass(long checkerId, String name, Instant now) {
        requireOtherThanRectifier(checkerId);
        StatusFlow.Step<HazardStatus> step = take("pass");
        checkedBy = checkerId;
        checkedByName = name;
        closedAt = now;
        return new Step(step, null);
    }

    /** 复查不通过: back to the rectifier with the reason. */
    Step sendBack(long checkerId, String name, String why) {
        requireOtherThanRectifier(checkerId);
        StatusFlow.Step<HazardStatus> step = take("sendBack");
        checkedBy = checkerId;
        checkedByName = name;
        reason = why;
        rectifiedAt = null;
        return new Step(step, why);
    }

    /** 重复: the same hazard was reported before; closed with the reason, never simply dropped. */
    Step duplicate(String why, Instant now) {
        StatusFlow.Step<HazardStatus> step = take("duplicate");
        reason = why;
        closedAt = now;
        return new Step(step, why);
    }

    boolean assignedTo(long userId) {
        return assigneeUserId != null && assigneeUserId == userId;
    }

    /** Overdue: still being rectified after its deadline. */
    static boolean overdue(HazardStatus status, Instant dueAt, Instant now) {
        return status == HazardStatus.RECTIFYING && dueAt != null && now.isAfter(dueAt);
    }

    private void requireOtherThanRectifier(long checkerId) {
        if (rectifiedBy != null && rectifiedBy == checkerId) {
            throw RuleViolation.of("hazard.recheck.ownRectification");
        }
    }

    private StatusFlow.Step<HazardStatus> take(String action) {
        StatusFlow.Step<HazardStatus> step = HazardStatus.FLOW.take(action, status);
        status = step.to();
        return step;
    }
}
