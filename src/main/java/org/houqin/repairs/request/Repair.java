package org.houqin.repairs.request;

import static org.houqin.repairs.RepairStatus.ASSIGNED;
import static org.houqin.repairs.RepairStatus.AWAITING_CHECK;
import static org.houqin.repairs.RepairStatus.CANCELLED;
import static org.houqin.repairs.RepairStatus.DONE;
import static org.houqin.repairs.RepairStatus.ESCALATED;
import static org.houqin.repairs.RepairStatus.IN_PROGRESS;
import static org.houqin.repairs.RepairStatus.NEW;
import static org.houqin.repairs.RepairStatus.ON_HOLD;
import static org.houqin.repairs.RepairStatus.OUTSOURCED;
import static org.houqin.repairs.RepairStatus.REJECTED;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.RepairStatus;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A repair request's state machine. Each intention-named method checks that the request is in a state that allows
 * it, changes the request and returns the step for its history; anything else is refused and changes nothing.
 * Who may take a step (the dispatcher, the assignee, the reporter) is checked by {@link RepairService}.
 */
final class Repair {

    /** One line of the request's history. */
    record Step(String action, RepairStatus from, RepairStatus to, String note) {
    }

    final long id;
    final Long reporterUserId;
    final Instant reportedAt;
    final int version;
    RepairStatus status;
    Instant dueAt;
    Long assigneeUserId;
    String assigneeName;
    String contractor;
    BigDecimal contractorCost;
    Instant assignedAt;
    Instant startedAt;
    Instant finishedAt;
    Instant closedAt;
    String workNote;
    BigDecimal workHours;
    Integer rating;
    String ratingComment;
    boolean autoClosed;
    String reason;

    Repair(long id, RepairStatus status, Long reporterUserId, Instant reportedAt, Long assigneeUserId, int version) {
        this.id = id;
        this.status = status;
        this.reporterUserId = reporterUserId;
        this.reportedAt = reportedAt;
        this.assigneeUserId = assigneeUserId;
        this.version = version;
    }

    Step dispatch(long workerUserId, String workerName, Instant now) {
        RepairStatus from = require("dispatch", NEW, ASSIGNED, ON_HOLD);
        assigneeUserId = workerUserId;
        assigneeName = workerName;
        contractor = null;
        contractorCost = null;
        assignedAt = now;
        startedAt = null;
        return move("dispatch", from, ASSIGNED, workerName);
    }

    Step outsource(String contractorName, BigDecimal cost, Instant now) {
        RepairStatus from = require("outsource", NEW, ASSIGNED, IN_PROGRESS, ON_HOLD);
        contractor = contractorName;
        contractorCost = cost;
        assigneeUserId = null;
        assigneeName = null;
        assignedAt = now;
        return move("outsource", from, OUTSOURCED, contractorName);
    }

    Step reject(String why, Instant now) {
        RepairStatus from = require("reject", NEW);
        reason = why;
        closedAt = now;
        return move("reject", from, REJECTED, why);
    }

    Step escalate(String note) {
        RepairStatus from = require("escalate", NEW, ON_HOLD);
        reason = note;
        return move("escalate", from, ESCALATED, note);
    }

    /** The principal's answer to an escalated request: repair it (back to the office's queue) or not. */
    Step decide(boolean approve, String note, Instant now) {
        RepairStatus from = require("decide", ESCALATED);
        reason = note;
        if (approve) {
            return move("approve", from, NEW, note);
        }
        closedAt = now;
        return move("decline", from, REJECTED, note);
    }

    Step start(Instant now) {
        RepairStatus from = require("start", ASSIGNED);
        startedAt = now;
        return move("start", from, IN_PROGRESS, null);
    }

    Step hold(String why) {
        RepairStatus from = require("hold", IN_PROGRESS);
        reason = why;
        return move("hold", from, ON_HOLD, why);
    }

    Step resume() {
        RepairStatus from = require("resume", ON_HOLD);
        if (assigneeUserId == null) {
            throw RuleViolation.of("repair.resume.noAssignee");
        }
        return move("resume", from, IN_PROGRESS, null);
    }

    Step complete(String note, BigDecimal hours, Instant now) {
        RepairStatus from = require("complete", IN_PROGRESS);
        workNote = note;
        workHours = hours;
        finishedAt = now;
        return move("complete", from, AWAITING_CHECK, note);
    }

    /** The office records that the outside contractor finished, with the final cost. */
    Step finishOutsourced(String note, BigDecimal cost, Instant now) {
        RepairStatus from = require("finishOutsourced", OUTSOURCED);
        workNote = note;
        if (cost != null) {
            contractorCost = cost;
        }
        finishedAt = now;
        return move("finishOutsourced", from, AWAITING_CHECK, note);
    }

    Step confirm(int stars, String comment, Instant now) {
        RepairStatus from = require("confirm", AWAITING_CHECK);
        if (stars < 1 || stars > 5) {
            throw new RuleViolation("rating", "repair.rating.range");
        }
        rating = stars;
        ratingComment = comment;
        closedAt = now;
        return move("confirm", from, DONE, comment);
    }

    /** Not fixed after all: back to whoever did the work. */
    Step reopen(String why) {
        RepairStatus from = require("reopen", AWAITING_CHECK);
        finishedAt = null;
        reason = why;
        return move("reopen", from, contractor != null && assigneeUserId == null ? OUTSOURCED : ASSIGNED, why);
    }

    /** A request nobody confirmed within the school's waiting time closes itself. */
    Step autoClose(Duration waiting, Instant now) {
        RepairStatus from = require("autoClose", AWAITING_CHECK);
        if (finishedAt == null || finishedAt.plus(waiting).isAfter(now)) {
            throw RuleViolation.of("repair.autoClose.early");
        }
        autoClosed = true;
        closedAt = now;
        return move("autoClose", from, DONE, null);
    }

    Step cancel(Instant now) {
        RepairStatus from = require("cancel", NEW);
        closedAt = now;
        return move("cancel", from, CANCELLED, null);
    }

    boolean reportedBy(long userId) {
        return reporterUserId != null && reporterUserId == userId;
    }

    boolean assignedTo(long userId) {
        return assigneeUserId != null && assigneeUserId == userId;
    }

    /** Overdue: still the office's job after its due time. */
    static boolean overdue(RepairStatus status, Instant dueAt, Instant now) {
        return status.open() && now.isAfter(dueAt);
    }

    private RepairStatus require(String action, RepairStatus... allowed) {
        Set<RepairStatus> states = EnumSet.noneOf(RepairStatus.class);
        states.addAll(Set.of(allowed));
        if (!states.contains(status)) {
            throw RuleViolation.of("repair.transition.refused", new DefaultMessageSourceResolvable("repair.action." + action),
                    new DefaultMessageSourceResolvable(status.messageKey()));
        }
        return status;
    }

    private Step move(String action, RepairStatus from, RepairStatus to, String note) {
        status = to;
        return new Step(action, from, to, note);
    }
}
