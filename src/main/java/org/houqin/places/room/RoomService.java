package org.houqin.places.room;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.building.Buildings;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, edits and imports rooms. A room's floor must exist in its building, and its responsible person, department
 * and class must belong to the same school.
 */
@Service
public class RoomService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Rooms rooms;
    private final Buildings buildings;
    private final OrganizationApi organization;
    private final AuditLog audit;

    RoomService(Rooms rooms, Buildings buildings, OrganizationApi organization, AuditLog audit) {
        this.rooms = rooms;
        this.buildings = buildings;
        this.organization = organization;
        this.audit = audit;
    }

    @Transactional
    public long create(long schoolId, DataScope scope, Long staffId, RoomForm form) {
        check(schoolId, form, null);
        checkReach(scope, staffId, form);
        long id = rooms.insert(schoolId, form, newQrToken());
        audit.changed("places", "room", id, "CREATE", null, rooms.find(schoolId, id).orElseThrow());
        return id;
    }

    @Transactional
    public void update(long schoolId, DataScope scope, Long staffId, long id, RoomForm form) {
        Rooms.Row before = rooms.find(schoolId, scope, staffId, id).orElseThrow(() -> new NotFoundException("room", id));
        check(schoolId, form, id);
        checkReach(scope, staffId, form);
        if (!rooms.update(schoolId, id, form)) {
            throw new OptimisticLockingFailureException("room " + id + " changed");
        }
        audit.changed("places", "room", id, "UPDATE", before, rooms.find(schoolId, id).orElseThrow());
    }

    /** Adds the rooms of an import, already checked row by row, in the import's transaction. */
    @Transactional
    void addImported(long schoolId, List<RoomForm> forms) {
        forms.forEach(form -> rooms.insert(schoolId, form, newQrToken()));
        audit.changed("places", "room", null, "IMPORT", null, Map.of("rows", forms.size()));
    }

    /** A user limited to some departments or to own rooms cannot place a room outside that reach. */
    private static void checkReach(DataScope scope, Long staffId, RoomForm form) {
        boolean own = scope.self() && staffId != null && staffId.equals(form.getResponsibleStaffId());
        if (!scope.coversDepartment(form.getDepartmentId()) && !own) {
            throw new RuleViolation("departmentId", "scope.outside");
        }
    }

    void check(long schoolId, RoomForm form, Long id) {
        Buildings.Row building = buildings.find(schoolId, form.getBuildingId())
                .orElseThrow(() -> new RuleViolation("buildingId", "room.building.unknown"));
        int floor = form.getFloor();
        if (floor == 0 || floor > building.floorsAbove() || floor < -building.floorsBelow()) {
            throw new RuleViolation("floor", "room.floor.outside", building.name(), building.floorsAbove(),
                    building.floorsBelow());
        }
        if (rooms.codeTaken(schoolId, form.getCode(), id)) {
            throw new RuleViolation("code", "room.code.duplicate");
        }
        if (form.getResponsibleStaffId() != null && organization.activeStaff(schoolId).stream()
                .noneMatch(s -> s.id() == form.getResponsibleStaffId())) {
            throw new RuleViolation("responsibleStaffId", "room.staff.unknown");
        }
        if (form.getDepartmentId() != null && !organization.departmentNames(schoolId).containsKey(form.getDepartmentId())) {
            throw new RuleViolation("departmentId", "room.department.unknown");
        }
        if (form.getClassId() != null && !organization.classNames(schoolId).containsKey(form.getClassId())) {
            throw new RuleViolation("classId", "room.class.unknown");
        }
    }

    private static String newQrToken() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
