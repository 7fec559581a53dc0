package org.houqin.repairs.request;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.notifications.Notifications;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.AssetRepairFinished;
import org.houqin.repairs.RepairCompleted;
import org.houqin.repairs.RepairStatus;
import org.houqin.repairs.RepairsPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the steps of a request's life. Each step loads the request, checks who acts (dispatcher, assignee,
 * reporter, decider) and that the page was not stale, lets {@link Repair} apply the step, saves it with its version,
 * writes the history and the audit row and tells the next person, in one transaction.
 */
@Service
public class RepairService {

    /** Where a request's life ends: done (also closed by itself), refused (不予维修) or withdrawn (撤销). */
    private static final Set<RepairStatus> ENDED = EnumSet.of(RepairStatus.DONE, RepairStatus.REJECTED,
            RepairStatus.CANCELLED);

    private final RepairStore requests;
    private final IamApi iam;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final SchoolClock clock;

    RepairService(RepairStore requests, IamApi iam, AuditLog audit, Notifications notifications,
                  ApplicationEventPublisher events, SchoolClock clock) {
        this.requests = requests;
        this.iam = iam;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void dispatch(long school, CurrentUser me, long id, ActionForm form) {
        requirePermission(me, RepairsPermissions.DISPATCH);
        IamApi.UserRef worker = workers(school).stream()
                .filter(w -> form.getWorkerUserId() != null && w.id() == form.getWorkerUserId()).findFirst()
                .orElseThrow(() -> new RuleViolation("workerUserId", "repair.worker.unknown"));
        apply(school, me, id, form.getVersion(), r -> r.dispatch(worker.id(), worker.displayName(), now()));
        tell(school, List.of(worker.id()), "notification.repair.assigned", id);
    }

    /** Sends a request to a worker without a person acting, as a maintenance plan with a fixed worker does. */
    @Transactional
    public void dispatchByPlan(long school, long id, long workerUserId) {
        workers(school).stream().filter(w -> w.id() == workerUserId).findFirst().ifPresent(worker -> {
            apply(school, null, id, null, r -> r.dispatch(worker.id(), worker.displayName(), now()));
            tell(school, List.of(worker.id()), "notification.repair.assigned", id);
        });
    }

    @Transactional
    public void outsource(long school, CurrentUser me, long id, ActionForm form) {
        requirePermission(me, RepairsPermissions.DISPATCH);
        if (form.getContractor() == null) {
            throw new RuleViolation("contractor", "repair.contractor.required");
        }
        apply(school, me, id, form.getVersion(), r -> r.outsource(form.getContractor(), form.getCost(), now()));
    }

    @Transactional
    public void reject(long school, CurrentUser me, long id, ActionForm form) {
        requirePermission(me, RepairsPermissions.DISPATCH);
        apply(school, me, id, form.getVersion(), r -> r.reject(required(form.getNote()), now()));
        tellReporter(school, id, "notification.repair.rejected");
    }

    @Transactional
    public void escalate(long school, CurrentUser me, long id, ActionForm form) {
        requirePermission(me, RepairsPermissions.DISPATCH);
        apply(school, me, id, form.getVersion(), r -> r.escalate(required(form.getNote())));
        tell(school, users(school, RepairsPermissions.DECIDE), "notification.repair.escalated", id);
    }

    @Transactional
    public void decide(long school, CurrentUser me, long id, ActionForm form) {
        requirePermission(me, RepairsPermissions.DECIDE);
        String note = form.isApprove() ? form.getNote() : required(form.getNote());
        apply(school, me, id, form.getVersion(), r -> r.decide(form.isApprove(), note, now()));
        if (form.isApprove()) {
            requests.remindAgain(school, id);
        }
        tell(school, users(school, RepairsPermissions.DISPATCH), "notification.repair.decided", id);
        if (!form.isApprove()) {
            tellReporter(school, id, "notification.repair.rejected");
        }
    }

    @Transactional
    public void start(long school, CurrentUser me, long id, ActionForm form) {
        apply(school, me, id, form.getVersion(), r -> {
            requireAssignee(r, me);
            return r.start(now());
        });
    }

    @Transactional
    public void hold(long school, CurrentUser me, long id, ActionForm form) {
        apply(school, me, id, form.getVersion(), r -> {
            requireAssigneeOrDispatcher(r, me);
            return r.hold(required(form.getNote()));
        });
    }

    @Transactional
    public void resume(long school, CurrentUser me, long id, ActionForm form) {
        apply(school, me, id, form.getVersion(), r -> {
            requireAssigneeOrDispatcher(r, me);
            return r.resume();
        });
    }

    @Transactional
    public void finishOutsourced(long school, CurrentUser me, long id, ActionForm form) {
        requirePermission(me, RepairsPermissions.DISPATCH);
        apply(school, me, id, form.getVersion(), r -> r.finishOutsourced(required(form.getNote()), form.getCost(), now()));
        tellReporter(school, id, "notification.repair.finished");
    }

    @Transactional
    public void confirm(long school, CurrentUser me, long id, ActionForm form) {
        if (form.getRating() == null) {
            throw new RuleViolation("rating", "repair.rating.range");
        }
        apply(school, me, id, form.getVersion(), r -> {
            requireChecker(r, me);
            return r.confirm(form.getRating(), form.getNote(), now());
        });
    }

    @Transactional
    public void reopen(long school, CurrentUser me, long id, ActionForm form) {
        Repair.Step step = apply(school, me, id, form.getVersion(), r -> {
            requireChecker(r, me);
            return r.reopen(required(form.getNote()));
        });
        requests.remindAgain(school, id);
        Repairs.Row row = requests.find(school, id).orElseThrow();
        tell(school, step.to() == RepairStatus.ASSIGNED && row.assigneeUserId() != null ? List.of(row.assigneeUserId())
                : users(school, RepairsPermissions.DISPATCH), "notification.repair.reopened", id);
    }

    @Transactional
    public void cancel(long school, CurrentUser me, long id, ActionForm form) {
        apply(school, me, id, form.getVersion(), r -> {
            requireReporterOrDispatcher(r, me);
            return r.cancel(now());
        });
    }

    /** Closes a request its reporter did not check within the waiting time; false if it was not due yet. */
    @Transactional
    public boolean autoClose(long school, long id, java.time.Duration waiting) {
        Repair repair = requests.load(school, id).orElseThrow(() -> new NotFoundException("repair", id));
        if (repair.status != RepairStatus.AWAITING_CHECK || repair.finishedAt == null
                || repair.finishedAt.plus(waiting).isAfter(now())) {
            return false;
        }
        apply(school, null, id, null, r -> r.autoClose(waiting, now()));
        return true;
    }

    Repair.Step apply(long school, CurrentUser me, long id, Integer expectedVersion, Function<Repair, Repair.Step> action) {
        Repair repair = requests.load(school, id).orElseThrow(() -> new NotFoundException("repair", id));
        if (expectedVersion != null && repair.version != expectedVersion) {
            throw new OptimisticLockingFailureException("repair " + id + " changed");
        }
        Repair.Step step = action.apply(repair);
        if (!requests.save(school, repair)) {
            throw new OptimisticLockingFailureException("repair " + id + " changed");
        }
        Instant at = now();
        requests.record(school, id, step, me == null ? null : me.userId(), me == null ? "系统" : me.displayName(), at);
        Map<String, Object> after = new HashMap<>();
        after.put("status", step.to());
        after.put("note", step.note());
        audit.changedIn(school, "repairs", "request", id, step.action().toUpperCase(), Map.of("status", step.from()), after);
        if (step.to() == RepairStatus.DONE) {
            Repairs.Row row = requests.find(school, id).orElseThrow();
            events.publishEvent(new RepairCompleted(school, id, row.number(), row.roomId(), row.damage()));
        }
        if (ENDED.contains(step.to())) {
            assetRepairFinished(school, me, id, step.to());
        }
        return step;
    }

    /** Tells the assets module that the repair of the asset a request names has ended, however it ended. */
    private void assetRepairFinished(long school, CurrentUser me, long id, RepairStatus outcome) {
        Repairs.Row row = requests.find(school, id).orElseThrow();
        if (row.assetId() != null) {
            events.publishEvent(new AssetRepairFinished(school, id, row.number(), row.assetId(), outcome,
                    requests.otherOpenForAsset(school, row.assetId(), id), me == null ? null : me.userId(),
                    me == null ? "系统" : me.displayName()));
        }
    }

    List<IamApi.UserRef> workers(long school) {
        return iam.usersWithPermission(school, RepairsPermissions.WORK);
    }

    void tell(long school, List<Long> users, String key, long id) {
        Repairs.Row row = requests.find(school, id).orElseThrow();
        notifications.notify(school, users, key, List.of(row.number(), row.place()), "/repairs/" + id);
    }

    void tellReporter(long school, long id, String key) {
        Repairs.Row row = requests.find(school, id).orElseThrow();
        if (row.reporterUserId() != null) {
            tell(school, List.of(row.reporterUserId()), key, id);
        }
    }

    List<Long> users(long school, String permission) {
        return iam.usersWithPermission(school, permission).stream().map(IamApi.UserRef::id).toList();
    }

    Instant now() {
        return clock.now();
    }

    static String required(String note) {
        if (note == null) {
            throw new RuleViolation("note", "repair.note.required");
        }
        return note;
    }

    static void requirePermission(CurrentUser me, String permission) {
        if (!me.can(permission)) {
            throw new AccessDeniedException("needs " + permission);
        }
    }

    static void requireAssignee(Repair repair, CurrentUser me) {
        if (!repair.assignedTo(me.userId())) {
            throw RuleViolation.of("repair.notYourTask");
        }
    }

    private static void requireAssigneeOrDispatcher(Repair repair, CurrentUser me) {
        if (!repair.assignedTo(me.userId()) && !me.can(RepairsPermissions.DISPATCH)) {
            throw RuleViolation.of("repair.notYourTask");
        }
    }

    /**
     * The reporter checks the work; requests without a reporting user (guests, plans) are checked by the office, but
     * never by the person who did the work.
     */
    private static void requireChecker(Repair repair, CurrentUser me) {
        boolean office = me.can(RepairsPermissions.DISPATCH) && repair.reporterUserId == null
                && !repair.assignedTo(me.userId());
        if (!repair.reportedBy(me.userId()) && !office) {
            throw RuleViolation.of("repair.notYourRequest");
        }
    }

    /** The reporter may withdraw a new request; the office may withdraw any new request. */
    private static void requireReporterOrDispatcher(Repair repair, CurrentUser me) {
        if (!repair.reportedBy(me.userId()) && !me.can(RepairsPermissions.DISPATCH)) {
            throw RuleViolation.of("repair.notYourRequest");
        }
    }
}
