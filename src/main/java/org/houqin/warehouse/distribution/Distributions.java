package org.houqin.warehouse.distribution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.catalogue.Catalogue;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 学期教材/作业本发放计划: drafted and numbered ({@code FF-2026-00001}), edited while a draft, started (which fixes every
 * class's list from the head counts of that day), closed at the end, or a draft cancelled. Hand-overs and returns
 * of the classes are {@link Handovers}.
 */
@Service
public class Distributions {

    /** A plan as the list and its page show it, with how many classes got everything and how many are owed. */
    public record Plan(long id, String number, String name, long semesterId, String semesterName, long storeId,
                       String storeName, DistributionStatus status, String note, String createdByName,
                       Instant createdAt, Instant startedAt, Instant finishedAt, String closeNote, int version,
                       long classes, long issuedClasses, long owedClasses) {

        public boolean started() {
            return status == DistributionStatus.ISSUING || status == DistributionStatus.CLOSED;
        }
    }

    /** What each student of a grade gets of an item, and the extra copies per class. */
    record PlanLine(long id, int position, long gradeId, String gradeName, long itemId, String code, String name,
                    String specification, String unit, BigDecimal perStudent, BigDecimal extraPerClass) {
    }

    private final PlanStore plans;
    private final ClassListStore classes;
    private final Catalogue catalogue;
    private final OrganizationApi organization;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final SchoolClock clock;
    private final Submissions submissions;

    Distributions(PlanStore plans, ClassListStore classes, Catalogue catalogue, OrganizationApi organization,
                  DocumentNumbers numbers, AuditLog audit, SchoolClock clock, Submissions submissions) {
        this.submissions = submissions;
        this.plans = plans;
        this.classes = classes;
        this.catalogue = catalogue;
        this.organization = organization;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, DistributionForm form) {
        return submissions.once(schoolId, WarehouseDocuments.DISTRIBUTION, form.getSubmissionKey(),
                () -> createOnce(schoolId, me, form));
    }

    private long createOnce(long schoolId, CurrentUser me, DistributionForm form) {
        String semester = semesterName(schoolId, form);
        List<PlanStore.NewLine> lines = check(schoolId, form);
        String number = numbers.next(schoolId, WarehouseDocuments.DISTRIBUTION);
        long id = plans.insert(schoolId, number, head(form, semester), me.userId(), me.displayName(), clock.now());
        plans.replaceLines(schoolId, id, lines);
        audit.changedIn(schoolId, "warehouse", "distribution", id, "CREATE", null,
                Map.of("number", number, "name", form.getName(), "lines", lines.size()));
        return id;
    }

    /** Changes a draft: its head and all its lines. */
    @Transactional
    public void update(long schoolId, CurrentUser me, long id, DistributionForm form) {
        Distribution plan = load(schoolId, id, form.getVersion());
        plan.edit();
        String semester = semesterName(schoolId, form);
        List<PlanStore.NewLine> lines = check(schoolId, form);
        if (!plans.updateHead(schoolId, id, form.getVersion(), head(form, semester))) {
            throw new OptimisticLockingFailureException("distribution " + id + " changed");
        }
        plans.replaceLines(schoolId, id, lines);
        audit.changedIn(schoolId, "warehouse", "distribution", id, "UPDATE", Map.of("lines", plan.lines.size()),
                Map.of("name", form.getName(), "lines", lines.size()));
    }

    /** Starts issuing: every class of a planned grade gets its list from its head count now. */
    @Transactional
    public void start(long schoolId, CurrentUser me, long id, int version) {
        Distribution plan = load(schoolId, id, version);
        List<Distribution.ClassList> lists = plan.start(organization.classes(schoolId));
        Map<Long, Long> itemOfLine = new HashMap<>();
        plan.lines.forEach(line -> itemOfLine.put(line.id(), line.itemId()));
        classes.insertLists(schoolId, id, lists, itemOfLine);
        save(schoolId, plan, null);
        audit.changedIn(schoolId, "warehouse", "distribution", id, "START_ISSUING", Map.of("status", "DRAFT"),
                Map.of("status", plan.status.name(), "classes", lists.size()));
    }

    @Transactional
    public void cancel(long schoolId, CurrentUser me, long id, int version) {
        Distribution plan = load(schoolId, id, version);
        plan.cancel();
        save(schoolId, plan, null);
        audit.changedIn(schoolId, "warehouse", "distribution", id, "CANCEL", Map.of("status", "DRAFT"),
                Map.of("status", plan.status.name()));
    }

    /** Ends issuing; while classes are still owed something, the note says why. */
    @Transactional
    public void close(long schoolId, CurrentUser me, long id, int version, String note) {
        Distribution plan = load(schoolId, id, version);
        Plan row = find(schoolId, id);
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (cleaned != null && cleaned.length() > 200) {
            throw new RuleViolation("note", "validation.tooLong");
        }
        plan.close(row.owedClasses(), cleaned);
        save(schoolId, plan, cleaned);
        Map<String, Object> after = new HashMap<>();
        after.put("status", plan.status.name());
        after.put("owedClasses", row.owedClasses());
        after.put("note", cleaned);
        audit.changedIn(schoolId, "warehouse", "distribution", id, "CLOSE", Map.of("status", "ISSUING"), after);
    }

    /** Newest first, searched by name or semester, or by number in any case. */
    @Transactional(readOnly = true)
    PageResult<Plan> page(long schoolId, ListQuery query) {
        return plans.page(schoolId, query);
    }

    @Transactional(readOnly = true)
    public Plan find(long schoolId, long id) {
        return plans.find(schoolId, id).orElseThrow(() -> new NotFoundException("distribution", id));
    }

    /** The plan's lines, grade by grade. */
    @Transactional(readOnly = true)
    List<PlanLine> lines(long schoolId, long id) {
        return plans.lines(schoolId, id);
    }

    private static PlanStore.Head head(DistributionForm form, String semesterName) {
        return new PlanStore.Head(form.getName(), form.getSemesterId(), semesterName, form.getStoreId(),
                form.getNote());
    }

    private String semesterName(long schoolId, DistributionForm form) {
        if (catalogue.store(schoolId, form.getStoreId()).filter(Catalogue.Store::active).isEmpty()) {
            throw new RuleViolation("storeId", "receipt.store.unknown");
        }
        return organization.semesters(schoolId).stream().filter(s -> s.id() == form.getSemesterId())
                .map(s -> s.schoolYear() + " " + s.name()).findFirst()
                .orElseThrow(() -> new RuleViolation("semesterId", "distribution.semester.unknown"));
    }

    /** The filled lines of a form as they will be saved, grade by grade; refused at the first wrong field. */
    private List<PlanStore.NewLine> check(long schoolId, DistributionForm form) {
        Map<Long, OrganizationApi.GradeRef> grades = new HashMap<>();
        organization.grades(schoolId).forEach(g -> grades.put(g.id(), g));
        List<PlanStore.NewLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            DistributionForm.Line line = form.getLines().get(i);
            if (line.isEmpty()) {
                continue;
            }
            OrganizationApi.GradeRef grade = line.getGradeId() == null ? null : grades.get(line.getGradeId());
            if (grade == null) {
                throw RuleViolation.of("distribution.line.grade");
            }
            if (line.getItemId() == null || catalogue.item(schoolId, line.getItemId())
                    .filter(Catalogue.Item::active).isEmpty()) {
                throw new RuleViolation("lines[" + i + "].itemId", "receipt.item.unknown");
            }
            if (line.getPerStudent() == null) {
                throw new RuleViolation("lines[" + i + "].perStudent", "validation.required");
            }
            Distribution.checkLine(i, line.getPerStudent(), line.getExtraPerClass());
            if (!seen.add(grade.id() + "/" + line.getItemId())) {
                throw new RuleViolation("lines[" + i + "].itemId", "distribution.line.twice");
            }
            lines.add(new PlanStore.NewLine(grade.id(), grade.name(), grade.sortOrder(), line.getItemId(),
                    line.getPerStudent(), line.getExtraPerClass() == null ? BigDecimal.ZERO : line.getExtraPerClass()));
        }
        if (lines.isEmpty()) {
            throw RuleViolation.of("distribution.lines.none");
        }
        List<PlanStore.NewLine> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparingInt(PlanStore.NewLine::gradeOrder).thenComparingLong(PlanStore.NewLine::gradeId));
        return ordered;
    }

    private Distribution load(long schoolId, long id, int version) {
        Distribution plan = plans.lock(schoolId, id).orElseThrow(() -> new NotFoundException("distribution", id));
        if (plan.version != version) {
            throw new OptimisticLockingFailureException("distribution " + id + " changed");
        }
        return plan;
    }

    private void save(long schoolId, Distribution plan, String closeNote) {
        if (!plans.saveStatus(schoolId, plan, clock.now(), closeNote)) {
            throw new OptimisticLockingFailureException("distribution " + plan.id + " changed");
        }
    }
}
