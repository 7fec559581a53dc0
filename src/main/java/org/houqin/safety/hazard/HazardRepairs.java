package org.houqin.safety.hazard;

import java.util.Map;

import org.houqin.audit.AuditLog;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.timeline.Message;
import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.RepairCompleted;
import org.houqin.repairs.RepairsApi;
import org.houqin.safety.SafetyPermissions;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 需要维修: a hazard that needs a repair opens one in the repairs module (the hazard's number in its description and
 * its source, so the repair's page links back); when that repair is completed, the hazard's history says so and a
 * hazard still being rectified becomes rectified, with the repair's note as its measures.
 */
@Service
public class HazardRepairs {

    private final HazardStore store;
    private final HazardService service;
    private final RepairsApi repairs;
    private final DocumentHistory documents;
    private final AuditLog audit;

    HazardRepairs(HazardStore store, HazardService service, RepairsApi repairs, DocumentHistory documents,
                  AuditLog audit) {
        this.store = store;
        this.service = service;
        this.repairs = repairs;
        this.documents = documents;
        this.audit = audit;
    }

    /** Opens the hazard's repair, once; the office or the person rectifying it may. */
    @Transactional
    public long open(long school, CurrentUser me, long id, int version) {
        HazardRow row = service.row(school, id);
        boolean rectifier = row.assigneeUserId() != null && row.assigneeUserId() == me.userId();
        if (!me.can(SafetyPermissions.HAZARD_MANAGE) && !rectifier) {
            throw new AccessDeniedException("needs " + SafetyPermissions.HAZARD_MANAGE);
        }
        if (row.repairId() != null) {
            throw RuleViolation.of("hazard.repair.already");
        }
        if (!row.status().open()) {
            throw RuleViolation.of("hazard.repair.closed");
        }
        long repairId = repairs.openForHazard(school, new RepairsApi.HazardRepair(id, row.number(), row.roomId(),
                row.roomId() == null ? row.place() : null, row.description(), me.userId(), me.displayName(),
                me.departmentId(), row.category().repairWords()));
        Versioned.saved(store.repairOpened(school, id, version, repairId), "hazard", id);
        String number = repairs.repair(school, repairId).orElseThrow().number();
        documents.noted(school, HazardDocuments.HAZARD, id, "REPAIR", Message.of("hazard.event.repairOpened", number),
                me);
        audit.changedIn(school, "safety", "hazard", id, "OPEN_REPAIR", null, Map.of("repairId", repairId));
        return repairId;
    }

    /** The repairs module closed a repair: the hazards it was opened for hear of it. */
    @EventListener
    @Transactional
    public void on(RepairCompleted completed) {
        for (long id : store.byRepair(completed.schoolId(), completed.repairId())) {
            String note = repairs.repair(completed.schoolId(), completed.repairId())
                    .map(RepairsApi.RepairRef::workNote).orElse(null);
            documents.noted(completed.schoolId(), HazardDocuments.HAZARD, id, "REPAIR",
                    Message.of("hazard.event.repairDone", completed.number()), null);
            if (service.row(completed.schoolId(), id).status() == HazardStatus.RECTIFYING) {
                service.apply(completed.schoolId(), null, id, null,
                        h -> h.repaired(completed.number(), note, service.now()));
            }
        }
    }
}
