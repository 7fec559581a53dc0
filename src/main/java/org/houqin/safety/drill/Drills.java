package org.houqin.safety.drill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.places.PlacesApi;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.document.StatusFlow;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.Message;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.checklist.HazardLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 应急演练 ({@code YL-2026-00001}): planned by the office, then recorded as done (the real start, the duration, the
 * evacuation time of an evacuation drill, the participants, a summary and photos) or cancelled with a reason. Each
 * step is checked against the version read, recorded in the drill's history and audited.
 */
@Service
public class Drills {

    public record Row(long id, String number, DrillKind kind, String title, String planName, Instant plannedAt,
                      Long roomId, String place, long organizerUserId, String organizerName, int students, int staff,
                      DrillStatus status, Instant startedAt, Integer durationMinutes, Integer evacuationSeconds,
                      String summary, String cancelReason, Instant createdAt, int version) {

        public int participants() {
            return students + staff;
        }

        public String badge() {
            return status.badge();
        }
    }

    /** A problem the drill found; {@code hazardId} once it became a hazard. */
    public record Problem(long id, String description, HazardLevel level, String responsible, Long hazardId) {
    }

    private final DrillStore store;
    private final DrillPhotos photos;
    private final DocumentNumbers numbers;
    private final Submissions submissions;
    private final DocumentHistory history;
    private final AuditLog audit;
    private final IamApi iam;
    private final PlacesApi places;
    private final SchoolClock clock;

    Drills(DrillStore store, DrillPhotos photos, DocumentNumbers numbers, Submissions submissions, DocumentHistory history, AuditLog audit,
           IamApi iam, PlacesApi places, SchoolClock clock) {
        this.store = store;
        this.photos = photos;
        this.numbers = numbers;
        this.submissions = submissions;
        this.history = history;
        this.audit = audit;
        this.iam = iam;
        this.places = places;
        this.clock = clock;
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, DrillForm form) {
        return submissions.once(schoolId, DrillDocuments.DRILL, form.getSubmissionKey(), () -> {
            DrillStore.Plan plan = plan(schoolId, form);
            String number = numbers.next(schoolId, DrillDocuments.DRILL);
            long id = store.insert(schoolId, number, plan, me.userId());
            history.created(schoolId, DrillDocuments.DRILL, id, number, me);
            audit.changedIn(schoolId, "safety", "drill", id, "CREATE", null,
                    Map.of("number", number, "kind", plan.kind().name(), "plannedAt", plan.plannedAt().toString()));
            return id;
        });
    }

    /** Corrects a planned or done drill's plan, organizer and counts; a cancelled one stays as it was. */
    @Transactional
    public void update(long schoolId, CurrentUser me, long id, DrillForm form) {
        Row row = require(schoolId, id);
        if (!row.status().editable()) {
            throw RuleViolation.of("drill.cancelled");
        }
        DrillStore.Plan plan = plan(schoolId, form);
        Versioned.saved(store.update(schoolId, id, form.getVersion(), plan), "drill", id);
        history.noted(schoolId, DrillDocuments.DRILL, id, "STEP",
                Message.of("drill.history.edited"), me);
        audit.changedIn(schoolId, "safety", "drill", id, "UPDATE",
                Map.of("plannedAt", row.plannedAt().toString(), "students", row.students(), "staff", row.staff()),
                Map.of("plannedAt", plan.plannedAt().toString(), "students", plan.students(), "staff", plan.staff()));
    }

    /** 完成演练: the rules of {@link DrillRules}, then the outcome and the photos, all or nothing. */
    @Transactional
    public void complete(long schoolId, CurrentUser me, long id, CompleteForm form) {
        Row row = require(schoolId, id);
        // whoever recorded it first wins; the other is told it changed, whatever its state now
        Versioned.saved(row.version() == form.getVersion(), "drill", id);
        StatusFlow.Step<DrillStatus> step = DrillStatus.FLOW.take("complete", row.status());
        Instant startedAt = at(form.getStartedOn(), form.getStartedTime());
        DrillRules.completion(row.kind(), startedAt, clock.now(), form.getDurationMinutes(),
                form.getEvacuationSeconds());
        Versioned.saved(store.complete(schoolId, id, form.getVersion(), step, new DrillStore.Outcome(startedAt,
                form.getDurationMinutes(), form.getEvacuationSeconds(), form.getStudents(), form.getStaff(),
                form.getSummary())), "drill", id);
        photos.add(schoolId, id, form.getPhotos(), "photos");
        history.stepped(schoolId, DrillDocuments.DRILL, id, DrillStatus.FLOW, step, me.userId(), me.displayName(),
                null);
        audit.changedIn(schoolId, "safety", "drill", id, "COMPLETE", Map.of("status", row.status().name()),
                Map.of("status", step.to().name(), "participants", form.getStudents() + form.getStaff()));
    }

    @Transactional
    public void cancel(long schoolId, CurrentUser me, long id, CancelForm form) {
        Row row = require(schoolId, id);
        Versioned.saved(row.version() == form.getVersion(), "drill", id);
        StatusFlow.Step<DrillStatus> step = DrillStatus.FLOW.take("cancel", row.status());
        if (form.getReason() == null) {
            throw new RuleViolation("reason", "validation.required");
        }
        Versioned.saved(store.cancel(schoolId, id, form.getVersion(), step, form.getReason()), "drill", id);
        history.stepped(schoolId, DrillDocuments.DRILL, id, DrillStatus.FLOW, step, me.userId(), me.displayName(),
                form.getReason());
        audit.changedIn(schoolId, "safety", "drill", id, "CANCEL", Map.of("status", row.status().name()),
                Map.of("status", step.to().name()));
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query, DrillStore.Filter filter) {
        return store.page(schoolId, query, filter);
    }

    @Transactional(readOnly = true)
    public void forEach(long schoolId, ListQuery query, DrillStore.Filter filter, Consumer<Row> each) {
        store.forEach(schoolId, query, filter, each);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    @Transactional(readOnly = true)
    public List<Problem> problems(long schoolId, long id) {
        return store.problems(schoolId, id);
    }

    Row require(long schoolId, long id) {
        return store.find(schoolId, id).orElseThrow(() -> new NotFoundException("drill", id));
    }

    /** The planned instant at the school of a day and a time on the form. */
    Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.zone()).toInstant();
    }

    private DrillStore.Plan plan(long schoolId, DrillForm form) {
        DrillRules.placeGiven(form.getRoomId(), form.getPlace());
        if (form.getRoomId() != null && places.room(schoolId, form.getRoomId()).isEmpty()) {
            throw new RuleViolation("roomId", "drill.room.unknown");
        }
        String organizer = iam.users(schoolId).stream().filter(u -> u.id() == form.getOrganizerUserId())
                .map(IamApi.UserRef::displayName).findFirst()
                .orElseThrow(() -> new RuleViolation("organizerUserId", "drill.organizer.unknown"));
        return new DrillStore.Plan(form.getKind(), form.getTitle(), form.getPlanName(),
                at(form.getPlannedOn(), form.getPlannedTime()), form.getRoomId(), form.getPlace(),
                form.getOrganizerUserId(), organizer, form.getStudents(), form.getStaff());
    }
}
