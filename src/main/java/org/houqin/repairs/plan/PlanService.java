package org.houqin.repairs.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.RepairsPermissions;
import org.houqin.repairs.category.CategoryService;
import org.houqin.repairs.request.RepairReporting;
import org.houqin.repairs.request.RepairService;
import org.houqin.repairs.request.ReportForm;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps maintenance plans and turns a plan whose day has come into a work order: exactly once per round, even
 * when two nodes try (the request's unique plan round and the guarded advance of the plan).
 */
@Service
public class PlanService {

    record Row(long id, String name, long categoryId, String categoryName, Long roomId, String location,
               String description, Cadence cadence, LocalDate nextDueOn, Long assigneeUserId, boolean active,
               long generated, long done, int version) {

        /** 完成率 in percent, or null before the first work order. */
        public Integer completionRate() {
            return generated == 0 ? null : (int) Math.round(done * 100.0 / generated);
        }
    }

    /** A plan whose day has come. */
    record Due(long schoolId, long id) {
    }

    private final MaintenancePlanStore plans;
    private final CategoryService categories;
    private final PlacesApi places;
    private final IamApi iam;
    private final RepairReporting reporting;
    private final RepairService repairs;
    private final AuditLog audit;

    PlanService(MaintenancePlanStore plans, CategoryService categories, PlacesApi places, IamApi iam,
                RepairReporting reporting, RepairService repairs, AuditLog audit) {
        this.plans = plans;
        this.categories = categories;
        this.places = places;
        this.iam = iam;
        this.reporting = reporting;
        this.repairs = repairs;
        this.audit = audit;
    }

    /** The school's plans, active ones first by their next date. */
    @Transactional(readOnly = true)
    List<Row> all(long schoolId) {
        return plans.all(schoolId);
    }

    @Transactional(readOnly = true)
    Optional<Row> find(long schoolId, long id) {
        return plans.find(schoolId, id);
    }

    /** Active plans of every school whose day has come. */
    @Transactional(readOnly = true)
    List<Due> due(LocalDate today) {
        return plans.due(today);
    }

    @Transactional
    public long create(long schoolId, PlanForm form) {
        check(schoolId, form);
        long id = Forms.unique("name", "plan.name.duplicate", () -> plans.insert(schoolId, facts(form)));
        audit.changedIn(schoolId, "repairs", "plan", id, "CREATE", null, plans.find(schoolId, id).orElseThrow());
        return id;
    }

    @Transactional
    public void update(long schoolId, long id, PlanForm form) {
        Row before = plans.find(schoolId, id).orElseThrow(() -> new NotFoundException("plan", id));
        check(schoolId, form);
        if (!Forms.unique("name", "plan.name.duplicate",
                () -> plans.update(schoolId, id, form.getVersion(), facts(form)))) {
            throw new OptimisticLockingFailureException("plan " + id + " changed");
        }
        audit.changedIn(schoolId, "repairs", "plan", id, "UPDATE", before, plans.find(schoolId, id).orElseThrow());
    }

    /** Raises the plan's work order for its due round; false when it is not due or another node was first. */
    @Transactional
    public boolean generate(long schoolId, long planId, LocalDate today) {
        Row plan = plans.find(schoolId, planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (!plan.active() || plan.nextDueOn().isAfter(today)
                || !plans.advance(schoolId, planId, plan.nextDueOn(), plan.cadence().nextAfter(plan.nextDueOn(), today))) {
            return false;
        }
        ReportForm form = new ReportForm();
        form.setCategoryId(plan.categoryId());
        form.setRoomId(plan.roomId());
        form.setLocation(plan.location());
        form.setDescription(plan.description());
        form.setSubmissionKey(UUID.nameUUIDFromBytes(("plan:" + planId + ":" + plan.nextDueOn())
                .getBytes(StandardCharsets.UTF_8)));
        var reporter = new RepairReporting.Reporter(null, plan.name(), null, null, null);
        long id = reporting.report(schoolId, reporter, form, List.of(),
                new RepairReporting.Planned(planId, plan.nextDueOn(), plan.assigneeUserId()));
        if (plan.assigneeUserId() != null) {
            repairs.dispatchByPlan(schoolId, id, plan.assigneeUserId());
        }
        return true;
    }

    private static MaintenancePlanStore.Facts facts(PlanForm form) {
        return new MaintenancePlanStore.Facts(form.getName(), form.getCategoryId(), form.getRoomId(),
                form.getLocation(), form.getDescription(), form.getCadence(), form.getNextDueOn(),
                form.getAssigneeUserId(), form.isActive());
    }

    private void check(long schoolId, PlanForm form) {
        if (categories.find(schoolId, form.getCategoryId()).filter(CategoryService.Category::active).isEmpty()) {
            throw new RuleViolation("categoryId", "repair.category.unknown");
        }
        if (form.getRoomId() != null && places.room(schoolId, form.getRoomId()).isEmpty()) {
            throw new RuleViolation("roomId", "repair.room.unknown");
        }
        if (form.getRoomId() == null && form.getLocation() == null) {
            throw new RuleViolation("location", "repair.place.required");
        }
        if (form.getAssigneeUserId() != null && iam.usersWithPermission(schoolId, RepairsPermissions.WORK).stream()
                .noneMatch(w -> w.id() == form.getAssigneeUserId())) {
            throw new RuleViolation("assigneeUserId", "repair.worker.unknown");
        }
    }
}
