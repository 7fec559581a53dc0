package org.houqin.places.room;

import static org.houqin.platform.imports.ImportField.optional;
import static org.houqin.platform.imports.ImportField.required;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;
import org.houqin.organization.OrganizationApi;
import org.houqin.places.RoomType;
import org.houqin.places.building.BuildingService;
import org.houqin.platform.imports.ImportField;
import org.houqin.platform.imports.ImportKind;
import org.houqin.platform.imports.ImportMapping;
import org.houqin.platform.imports.ImportRow;
import org.houqin.platform.imports.RowProblem;
import org.houqin.platform.imports.ValueLookup;
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
    private final BuildingService buildings;
    private final OrganizationApi organization;
    private final Validator validator;

    RoomImport(RoomService rooms, BuildingService buildings, OrganizationApi organization, Validator validator) {
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

    /** 楼栋, 责任人 and 使用部门 go through the kit's values page: matched, guessed, created (people, departments). */
    @Override
    public Map<String, ValueLookup> lookups(long schoolId, CurrentUser me) {
        List<ValueLookup.ValueOption> options = buildings.all(schoolId).stream()
                .map(b -> new ValueLookup.ValueOption(b.id(), b.code(), b.name())).toList();
        return Map.of("BUILDING", new BuildingLookup(options), "RESPONSIBLE", organization.staffLookup(schoolId),
                "DEPARTMENT", organization.departmentLookup(schoolId));
    }

    /** The school's buildings, by code or name; an import of rooms does not add buildings. */
    private record BuildingLookup(List<ValueOption> options) implements ValueLookup {

        @Override
        public String name() {
            return "building";
        }

        @Override
        public String unknownKey() {
            return "import.error.unknownBuilding";
        }
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

    /** The row's form, or null with every problem of its cells noted; then the rules of the whole form. */
    private RoomForm form(long schoolId, ImportRow row, Set<String> seen) {
        RoomForm form = new RoomForm();
        form.setCode(row.read("CODE", text -> text));
        form.setName(row.read("NAME", text -> text));
        form.setBuildingId(row.lookup("BUILDING"));
        form.setFloor(row.read("FLOOR", RoomImport::integer));
        form.setRoomType(row.read("TYPE", RoomImport::type));
        form.setArea(row.read("AREA", RoomImport::decimal));
        form.setResponsibleStaffId(row.mapped("RESPONSIBLE") ? row.lookup("RESPONSIBLE") : null);
        form.setDepartmentId(row.mapped("DEPARTMENT") ? row.lookup("DEPARTMENT") : null);
        validator.validate(form).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .filter(v -> row.clean(field(v.getPropertyPath().toString())))
                .forEach(v -> row.problem(field(v.getPropertyPath().toString()), "import.error.invalid", v.getMessage()));
        if (row.hasProblems()) {
            return null;
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
            throw new RowProblem(null, "import.error.integer", value);
        }
    }

    private static RoomType type(String value) {
        RoomType type = TYPE_NAMES.get(value);
        if (type == null) {
            throw new RowProblem(null, "import.error.unknownRoomType", value);
        }
        return type;
    }

    private static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new RowProblem(null, "import.error.number", value);
        }
    }
}
