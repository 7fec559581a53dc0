package org.houqin.places.room;

import static org.houqin.platform.imports.ImportField.optional;
import static org.houqin.platform.imports.ImportField.required;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.RoomType;
import org.houqin.places.building.Buildings;
import org.houqin.platform.imports.ImportField;
import org.houqin.platform.imports.ImportKind;
import org.houqin.platform.imports.ImportMapping;
import org.houqin.platform.imports.ImportRow;
import org.houqin.platform.imports.RowProblem;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * 导入房间: each row becomes a room form, checked as the room form is (building and floor, unique code, the
 * responsible person and department of this school), and the valid ones are added.
 */
@Component
class RoomImport implements ImportKind<RoomForm> {

    private static final Map<String, RoomType> TYPE_NAMES = Map.of("教室", RoomType.CLASSROOM, "办公室", RoomType.OFFICE,
            "实验室", RoomType.LAB, "专用教室", RoomType.SPECIAL_CLASSROOM, "宿舍", RoomType.DORMITORY,
            "食堂", RoomType.CANTEEN, "仓库", RoomType.STOREROOM, "运动场", RoomType.SPORTS_GROUND,
            "绿地", RoomType.GREEN_SPACE, "其他", RoomType.OTHER);
    /** The form's properties by the field that fills them, to name the column of a rule the form breaks. */
    private static final Map<String, String> FIELD_OF = Map.of("code", "CODE", "name", "NAME", "buildingId", "BUILDING",
            "floor", "FLOOR", "roomType", "TYPE", "area", "AREA", "responsibleStaffId", "RESPONSIBLE",
            "departmentId", "DEPARTMENT");
    private static final List<ImportField> FIELDS = List.of(
            required("CODE", "room.code", "房间编号", "编号", "房间号", "门牌号"),
            required("NAME", "room.name", "名称", "房间名称"),
            required("BUILDING", "room.building", "楼栋", "楼宇", "所在楼栋", "建筑"),
            required("FLOOR", "room.floor", "楼层", "层"),
            required("TYPE", "room.type", "类型", "房间类型", "用途").hint("room.import.hint.type"),
            optional("AREA", "room.area", "面积", "面积（㎡）", "使用面积", "建筑面积"),
            optional("RESPONSIBLE", "room.responsible", "责任人", "负责人", "管理人"),
            optional("DEPARTMENT", "room.department", "使用部门", "部门"));

    private final RoomService rooms;
    private final Buildings buildings;
    private final OrganizationApi organization;
    private final Validator validator;

    RoomImport(RoomService rooms, Buildings buildings, OrganizationApi organization, Validator validator) {
        this.rooms = rooms;
        this.buildings = buildings;
        this.organization = organization;
        this.validator = validator;
    }

    @Override
    public String name() {
        return "rooms";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public List<String> example() {
        return List.of("A-101", "初一(1)班教室", "A", "1", "教室", "64.5", "", "教务处");
    }

    @Override
    public ImportJob<RoomForm> start(long schoolId, CurrentUser me, ImportMapping mapping) {
        Set<String> seen = new HashSet<>();
        return new ImportJob<>() {
            @Override
            public RoomForm check(ImportRow row) {
                return form(schoolId, row, seen);
            }

            @Override
            public ImportSummary write(List<RoomForm> forms, int rows) {
                rooms.addImported(schoolId, forms);
                return null;
            }
        };
    }

    private RoomForm form(long schoolId, ImportRow row, Set<String> seen) {
        RoomForm form = new RoomForm();
        form.setCode(row.text("CODE"));
        form.setName(row.text("NAME"));
        String building = row.required("BUILDING");
        form.setBuildingId(buildings.idByCodeOrName(schoolId, building)
                .orElseThrow(() -> new RowProblem("BUILDING", "import.error.unknownBuilding", building)));
        form.setFloor(integer(row.required("FLOOR")));
        String type = row.required("TYPE");
        form.setRoomType(TYPE_NAMES.get(type));
        if (form.getRoomType() == null) {
            throw new RowProblem("TYPE", "import.error.unknownRoomType", type);
        }
        form.setArea(decimal(row.text("AREA")));
        String person = row.text("RESPONSIBLE");
        if (person != null) {
            form.setResponsibleStaffId(organization.staffByName(schoolId, person).map(OrganizationApi.StaffRef::id)
                    .orElseThrow(() -> new RowProblem("RESPONSIBLE", "import.error.unknownStaff", person)));
        }
        String department = row.text("DEPARTMENT");
        if (department != null) {
            form.setDepartmentId(organization.departmentByName(schoolId, department)
                    .orElseThrow(() -> new RowProblem("DEPARTMENT", "import.error.unknownDepartment", department)));
        }
        for (ConstraintViolation<RoomForm> violation : validator.validate(form)) {
            throw new RowProblem(field(violation.getPropertyPath().toString()), "import.error.invalid",
                    violation.getMessage());
        }
        if (!seen.add(form.getCode())) {
            throw new RowProblem("CODE", "import.error.duplicateInFile", form.getCode());
        }
        try {
            rooms.check(schoolId, form, null);
        } catch (RuleViolation violation) {
            throw new RowProblem(field(violation.field()), violation.messageKey(), violation.args());
        }
        return form;
    }

    private static String field(String property) {
        return FIELD_OF.getOrDefault(property, property);
    }

    private static Integer integer(String value) {
        try {
            return new BigDecimal(value).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new RowProblem("FLOOR", "import.error.integer", value);
        }
    }

    private static BigDecimal decimal(String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new RowProblem("AREA", "import.error.number", value);
        }
    }
}
