package org.houqin.safety.drill;

import java.util.List;
import java.util.Map;

import org.houqin.audit.AuditLog;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.timeline.Message;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.houqin.safety.hazard.HazardReporting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What is added to a drill beside its steps: the problems it found and its photos, while it is not cancelled. Each
 * takes the drill's row lock first, is recorded in its history and audited.
 */
@Service
public class DrillFindings {

    static final int MOST_PROBLEMS = 50;

    private final DrillStore store;
    private final DrillPhotos photos;
    private final DocumentHistory history;
    private final AuditLog audit;
    private final HazardReporting hazards;

    DrillFindings(DrillStore store, DrillPhotos photos, DocumentHistory history, AuditLog audit,
                  HazardReporting hazards) {
        this.store = store;
        this.photos = photos;
        this.history = history;
        this.audit = audit;
        this.hazards = hazards;
    }

    /**
     * Records a problem the drill found as a hazard (隐患) at the drill's place, to be assigned, rectified and
     * re-inspected like any other; the problem keeps a link to it. A problem becomes one hazard, once.
     */
    @Transactional
    public long toHazard(long schoolId, CurrentUser me, long drillId, long problemId) {
        lockEditable(schoolId, drillId);
        DrillStore.ProblemTarget problem = store.problemTarget(schoolId, drillId, problemId)
                .orElseThrow(() -> new NotFoundException("drill problem", problemId));
        if (problem.hazardId() != null) {
            throw RuleViolation.of("drill.problem.alreadyHazard");
        }
        long hazard = hazards.raise(schoolId, me, problem.roomId(), problem.place(), problem.level(),
                problem.number() + " " + problem.title() + " · " + problem.description(),
                "drill:" + drillId + "/" + problemId);
        if (!store.linkHazard(schoolId, problemId, hazard)) {
            throw RuleViolation.of("drill.problem.alreadyHazard");
        }
        history.noted(schoolId, DrillDocuments.DRILL, drillId, "STEP",
                Message.of("drill.history.problemToHazard", problem.description()), me);
        audit.changedIn(schoolId, "safety", "drill-problem", problemId, "UPDATE", null, Map.of("hazard", hazard));
        return hazard;
    }

    @Transactional
    public long addProblem(long schoolId, CurrentUser me, long drillId, ProblemForm form) {
        lockEditable(schoolId, drillId);
        if (store.problemCount(schoolId, drillId) >= MOST_PROBLEMS) {
            throw new RuleViolation("description", "drill.problems.tooMany", MOST_PROBLEMS);
        }
        long id = store.addProblem(schoolId, drillId, form, me.userId());
        history.noted(schoolId, DrillDocuments.DRILL, drillId, "STEP",
                Message.of("drill.history.problemAdded", form.getDescription()), me);
        audit.changedIn(schoolId, "safety", "drill-problem", id, "CREATE", null,
                Map.of("drill", drillId, "level", form.getLevel().name()));
        return id;
    }

    @Transactional
    public void removeProblem(long schoolId, CurrentUser me, long drillId, long problemId) {
        lockEditable(schoolId, drillId);
        if (!store.removeProblem(schoolId, drillId, problemId)) {
            store.problemTarget(schoolId, drillId, problemId).filter(p -> p.hazardId() != null).ifPresent(p -> {
                throw RuleViolation.of("drill.problem.linked");
            });
            throw new NotFoundException("drill problem", problemId);
        }
        history.noted(schoolId, DrillDocuments.DRILL, drillId, "STEP", Message.of("drill.history.problemRemoved"), me);
        audit.changedIn(schoolId, "safety", "drill-problem", problemId, "DELETE", Map.of("drill", drillId), null);
    }

    @Transactional
    public void addPhotos(long schoolId, CurrentUser me, long drillId, List<MultipartFile> chosen) {
        lockEditable(schoolId, drillId);
        int added = photos.add(schoolId, drillId, chosen, "photos");
        if (added == 0) {
            throw new RuleViolation("photos", "drill.photos.none");
        }
        history.noted(schoolId, DrillDocuments.DRILL, drillId, "STEP", Message.of("drill.history.photos", added), me);
        audit.changedIn(schoolId, "safety", "drill", drillId, "UPDATE", null, Map.of("photos", added));
    }

    /** A photo the application itself brings, such as the demo school's. */
    @Transactional
    public void addPhoto(long schoolId, CurrentUser me, long drillId, String fileName, byte[] bytes) {
        lockEditable(schoolId, drillId);
        photos.add(schoolId, drillId, fileName, bytes);
        history.noted(schoolId, DrillDocuments.DRILL, drillId, "STEP", Message.of("drill.history.photos", 1), me);
    }

    private void lockEditable(long schoolId, long drillId) {
        DrillStatus status = store.lock(schoolId, drillId).orElseThrow(() -> new NotFoundException("drill", drillId));
        if (!status.editable()) {
            throw RuleViolation.of("drill.cancelled");
        }
    }
}
