package org.houqin.places.room;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.RoomType;
import org.houqin.places.building.Buildings;
import org.houqin.platform.excel.ExcelImport.ImportRow;
import org.houqin.platform.excel.ImportReport;
import org.houqin.platform.excel.ImportRun;
import org.houqin.platform.excel.RowProblem;
import org.houqin.platform.security.DataScope;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, edits and imports rooms. A room's floor must exist in its building, and its responsible person, department
 * and class must belong to the same school.
 */
@Service
public class RoomService {

    static final List<String> IMPORT_HEADERS = List.of("房间编号", "名称", "楼栋", "楼层", "类型", "面积", "责任人", "使用部门");
    static final Map<String, RoomType> TYPE_NAMES = Map.of("教室", RoomType.CLASSROOM, "办公室", RoomType.OFFICE,
            "实验室", RoomType.LAB, "专用教室", RoomType.SPECIAL_CLASSROOM, "宿舍", RoomType.DORMITORY,
            "食堂", RoomType.CANTEEN, "仓库", RoomType.STOREROOM, "运动场", RoomType.SPORTS_GROUND,
            "绿地", RoomType.GREEN_SPACE, "其他", RoomType.OTHER);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Rooms rooms;
    private final Buildings buildings;
    private final OrganizationApi organization;
    private final AuditLog audit;
    private final Validator validator;
    private final MessageSource messages;

    RoomService(Rooms rooms, Buildings buildings, OrganizationApi organization, AuditLog audit, Validator validator,
                MessageSource messages) {
        this.rooms = rooms;
        this.buildings = buildings;
        this.organization = organization;
        this.audit = audit;
        this.validator = validator;
        this.messages = messages;
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

    @Transactional
    public ImportReport importRows(long schoolId, List<ImportRow> rows, boolean validOnly, Locale locale) {
        Set<String> seen = new HashSet<>();
        ImportReport report = ImportRun.run(rows, validOnly, messages, locale, row -> parse(schoolId, row, seen),
                form -> rooms.insert(schoolId, form, newQrToken()));
        if (report.imported() > 0) {
            audit.changed("places", "room", null, "IMPORT", null, Map.of("rows", report.imported()));
        }
        return report;
    }

    private RoomForm parse(long schoolId, ImportRow row, Set<String> seen) {
        RoomForm form = new RoomForm();
        form.setCode(row.get("房间编号"));
        form.setName(row.get("名称"));
        String building = required(row, "楼栋");
        form.setBuildingId(buildings.idByCodeOrName(schoolId, building)
                .orElseThrow(() -> new RowProblem("楼栋", "import.error.unknownBuilding", building)));
        form.setFloor(integer(row, "楼层"));
        String type = required(row, "类型");
        RoomType roomType = TYPE_NAMES.get(type);
        if (roomType == null) {
            throw new RowProblem("类型", "import.error.unknownRoomType", type);
        }
        form.setRoomType(roomType);
        form.setArea(decimal(row, "面积"));
        String person = row.get("责任人");
        if (person != null) {
            form.setResponsibleStaffId(organization.staffByName(schoolId, person).map(OrganizationApi.StaffRef::id)
                    .orElseThrow(() -> new RowProblem("责任人", "import.error.unknownStaff", person)));
        }
        String department = row.get("使用部门");
        if (department != null) {
            form.setDepartmentId(organization.departmentByName(schoolId, department)
                    .orElseThrow(() -> new RowProblem("使用部门", "import.error.unknownDepartment", department)));
        }
        for (ConstraintViolation<RoomForm> violation : validator.validate(form)) {
            throw new RowProblem(violation.getPropertyPath().toString(), "import.error.invalid", violation.getMessage());
        }
        if (!seen.add(form.getCode())) {
            throw new RowProblem("房间编号", "import.error.duplicateInFile", form.getCode());
        }
        try {
            check(schoolId, form, null);
        } catch (RuleViolation violation) {
            throw new RowProblem(violation.field(), violation.messageKey(), violation.args());
        }
        return form;
    }

    /** A user limited to some departments or to own rooms cannot place a room outside that reach. */
    private static void checkReach(DataScope scope, Long staffId, RoomForm form) {
        boolean own = scope.self() && staffId != null && staffId.equals(form.getResponsibleStaffId());
        if (!scope.coversDepartment(form.getDepartmentId()) && !own) {
            throw new RuleViolation("departmentId", "scope.outside");
        }
    }

    private void check(long schoolId, RoomForm form, Long id) {
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

    private static String required(ImportRow row, String header) {
        String value = row.get(header);
        if (value == null) {
            throw new RowProblem(header, "import.error.required");
        }
        return value;
    }

    private static Integer integer(ImportRow row, String header) {
        String value = required(row, header);
        try {
            return new BigDecimal(value).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new RowProblem(header, "import.error.integer", value);
        }
    }

    private static BigDecimal decimal(ImportRow row, String header) {
        String value = row.get(header);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new RowProblem(header, "import.error.number", value);
        }
    }

    private static String newQrToken() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
