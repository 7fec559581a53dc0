package org.houqin.places.room;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.RoomType;
import org.houqin.places.building.BuildingService;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.platform.web.Sorts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rooms read in the user's scope, added, edited and imported. A room's floor must exist in its building, and its
 * responsible person, department and class must belong to the same school.
 */
@Service
public class RoomService {

    static final Sorts SORTS = Sorts.of("code", "r.code", "name", "r.name", "building", "b.code",
            "floor", "r.floor", "type", "r.room_type", "area", "r.area");

    public record Row(long id, long buildingId, String buildingName, int floor, String code, String name,
                      RoomType roomType, BigDecimal area, Long responsibleStaffId, Long departmentId, Long classId,
                      String note, String qrToken, int version, Instant stoppedAt, String stopReason) {

        /** 停用: stopped by a 重大 hazard until it closes. */
        public boolean stopped() {
            return stoppedAt != null;
        }
    }

    /** The list's filters besides the search text. */
    public record Filter(Long buildingId, RoomType type) {
    }

    public record SchoolAndId(long schoolId, long id) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoomStore rooms;
    private final BuildingService buildings;
    private final OrganizationApi organization;
    private final AuditLog audit;

    RoomService(RoomStore rooms, BuildingService buildings, OrganizationApi organization, AuditLog audit) {
        this.rooms = rooms;
        this.buildings = buildings;
        this.organization = organization;
        this.audit = audit;
    }

    /** Stops a room's use at once (停用), with why; a room already stopped keeps its first reason and time. */
    @Transactional
    public boolean stop(long schoolId, long id, String reason, Instant at) {
        boolean stopped = rooms.stop(schoolId, id, reason, at);
        if (stopped) {
            audit.changedIn(schoolId, "places", "room", id, "STOP", null, Map.of("reason", reason));
        }
        return stopped;
    }

    /** Puts a stopped room back into use. */
    @Transactional
    public boolean resume(long schoolId, long id) {
        boolean resumed = rooms.resume(schoolId, id);
        if (resumed) {
            audit.changedIn(schoolId, "places", "room", id, "RESUME", Map.of("stopped", true), Map.of("stopped", false));
        }
        return resumed;
    }

    @Transactional(readOnly = true)
    PageResult<Row> page(long schoolId, DataScope scope, Long staffId, ListQuery query, Filter filter) {
        return rooms.page(schoolId, scope, staffId, query, filter);
    }

    /** The whole filtered list, for an export or a building's labels. */
    @Transactional(readOnly = true)
    List<Row> all(long schoolId, DataScope scope, Long staffId, ListQuery query, Filter filter) {
        return rooms.all(schoolId, scope, staffId, query, filter);
    }

    @Transactional(readOnly = true)
    List<Row> byIds(long schoolId, DataScope scope, Long staffId, List<Long> ids) {
        return rooms.byIds(schoolId, scope, staffId, ids);
    }

    @Transactional(readOnly = true)
    Optional<Row> find(long schoolId, DataScope scope, Long staffId, long id) {
        return rooms.find(schoolId, scope, staffId, id);
    }

    /** For other modules through PlacesApi: any room of the school, regardless of the reader's scope. */
    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return rooms.find(schoolId, id);
    }

    @Transactional(readOnly = true)
    public List<Row> everyRoom(long schoolId) {
        return rooms.everyRoom(schoolId);
    }

    /** The room a label names, with its school: for a visitor, before anyone is signed in. */
    @Transactional(readOnly = true)
    public Optional<SchoolAndId> schoolAndIdByQrToken(String token) {
        return rooms.schoolAndIdByQrToken(token);
    }

    @Transactional(readOnly = true)
    Optional<Long> idByQrToken(String token) {
        return rooms.idByQrToken(token);
    }

    @Transactional
    public long create(long schoolId, DataScope scope, Long staffId, RoomForm form) {
        check(schoolId, form, null);
        checkReach(scope, staffId, form);
        long id = rooms.insert(schoolId, facts(form), newQrToken());
        audit.changed("places", "room", id, "CREATE", null, rooms.find(schoolId, id).orElseThrow());
        return id;
    }

    @Transactional
    public void update(long schoolId, DataScope scope, Long staffId, long id, RoomForm form) {
        Row before = rooms.find(schoolId, scope, staffId, id).orElseThrow(() -> new NotFoundException("room", id));
        check(schoolId, form, id);
        checkReach(scope, staffId, form);
        if (!rooms.update(schoolId, id, form.getVersion(), facts(form))) {
            throw new OptimisticLockingFailureException("room " + id + " changed");
        }
        audit.changed("places", "room", id, "UPDATE", before, rooms.find(schoolId, id).orElseThrow());
    }

    /** Adds the rooms of an import, already checked row by row, in the import's transaction. */
    @Transactional
    void addImported(long schoolId, List<RoomForm> forms) {
        forms.forEach(form -> rooms.insert(schoolId, facts(form), newQrToken()));
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
        BuildingService.Row building = buildings.find(schoolId, form.getBuildingId())
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

    private static RoomStore.Facts facts(RoomForm form) {
        return new RoomStore.Facts(form.getBuildingId(), form.getFloor(), form.getCode(), form.getName(),
                form.getRoomType(), form.getArea(), form.getResponsibleStaffId(), form.getDepartmentId(),
                form.getClassId(), form.getNote());
    }

    private static String newQrToken() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
