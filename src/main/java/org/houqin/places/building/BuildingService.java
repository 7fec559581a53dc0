package org.houqin.places.building;

import org.houqin.audit.AuditLog;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and edits buildings; a building keeps enough floors for the rooms it has. */
@Service
public class BuildingService {

    private final Buildings buildings;
    private final AuditLog audit;

    BuildingService(Buildings buildings, AuditLog audit) {
        this.buildings = buildings;
        this.audit = audit;
    }

    @Transactional
    public long create(long schoolId, BuildingForm form) {
        if (buildings.codeTaken(schoolId, form.getCode(), null)) {
            throw new RuleViolation("code", "building.code.duplicate");
        }
        long campus = buildings.campusId(schoolId, form.getCampusName());
        long id = org.houqin.platform.web.Forms.unique("code", "building.code.duplicate",
                () -> buildings.insert(schoolId, campus, form));
        audit.changed("places", "building", id, "CREATE", null, buildings.find(schoolId, id).orElseThrow());
        return id;
    }

    @Transactional
    public void update(long schoolId, long id, BuildingForm form) {
        Buildings.Row before = buildings.find(schoolId, id).orElseThrow(() -> new NotFoundException("building", id));
        if (buildings.codeTaken(schoolId, form.getCode(), id)) {
            throw new RuleViolation("code", "building.code.duplicate");
        }
        int[] used = buildings.usedFloors(id);
        if (used[0] > form.getFloorsAbove()) {
            throw new RuleViolation("floorsAbove", "building.floors.inUse", used[0]);
        }
        if (used[1] < 0 && -used[1] > form.floorsBelowOrZero()) {
            throw new RuleViolation("floorsBelow", "building.floors.inUse", used[1]);
        }
        if (!buildings.update(schoolId, id, buildings.campusId(schoolId, form.getCampusName()), form)) {
            throw new OptimisticLockingFailureException("building " + id + " changed");
        }
        audit.changed("places", "building", id, "UPDATE", before, buildings.find(schoolId, id).orElseThrow());
    }
}
