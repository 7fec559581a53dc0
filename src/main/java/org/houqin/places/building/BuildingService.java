package org.houqin.places.building;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.audit.AuditLog;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campuses and buildings: read, added and edited; a building keeps enough floors for the rooms it has. */
@Service
public class BuildingService {

    public record Campus(long id, String name, String address) {
    }

    @Schema(name = "Building")
    public record Row(long id, long campusId, String campusName, String code, String name, int floorsAbove,
                      int floorsBelow, Integer builtYear, String note, long roomCount, int version) {
    }

    private final BuildingStore store;
    private final AuditLog audit;

    BuildingService(BuildingStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Campus> campuses(long schoolId) {
        return store.campuses(schoolId);
    }

    @Transactional(readOnly = true)
    public List<Row> all(long schoolId) {
        return store.all(schoolId);
    }

    /** The buildings holding a room the reader may open. */
    @Transactional(readOnly = true)
    public Set<Long> withRoomsInReach(long schoolId, DataScope scope, Long staffId) {
        return store.withRoomsInReach(schoolId, scope, staffId);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    /** The building an import names by its code or its name. */
    @Transactional(readOnly = true)
    public Optional<Long> idByCodeOrName(long schoolId, String text) {
        return store.idByCodeOrName(schoolId, text);
    }

    @Transactional
    public long create(long schoolId, BuildingForm form) {
        if (store.codeTaken(schoolId, form.getCode(), null)) {
            throw new RuleViolation("code", "building.code.duplicate");
        }
        BuildingStore.Facts facts = facts(schoolId, form);
        long id = Forms.unique("code", "building.code.duplicate", () -> store.insert(schoolId, facts));
        audit.changed("places", "building", id, "CREATE", null, store.find(schoolId, id).orElseThrow());
        return id;
    }

    @Transactional
    public void update(long schoolId, long id, BuildingForm form) {
        Row before = store.find(schoolId, id).orElseThrow(() -> new NotFoundException("building", id));
        if (store.codeTaken(schoolId, form.getCode(), id)) {
            throw new RuleViolation("code", "building.code.duplicate");
        }
        int[] used = store.usedFloors(id);
        if (used[0] > form.getFloorsAbove()) {
            throw new RuleViolation("floorsAbove", "building.floors.inUse", used[0]);
        }
        if (used[1] < 0 && -used[1] > form.floorsBelowOrZero()) {
            throw new RuleViolation("floorsBelow", "building.floors.inUse", used[1]);
        }
        if (!store.update(schoolId, id, form.getVersion(), facts(schoolId, form))) {
            throw new OptimisticLockingFailureException("building " + id + " changed");
        }
        audit.changed("places", "building", id, "UPDATE", before, store.find(schoolId, id).orElseThrow());
    }

    private BuildingStore.Facts facts(long schoolId, BuildingForm form) {
        return new BuildingStore.Facts(store.campusId(schoolId, form.getCampusName()), form.getCode(), form.getName(),
                form.getFloorsAbove(), form.floorsBelowOrZero(), form.getBuiltYear(), form.getNote());
    }
}
