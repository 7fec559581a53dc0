package org.houqin.places.room;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.houqin.places.RoomType;
import org.houqin.platform.api.VersionedBody;

/** The room form, also the target of each imported row. */
public class RoomForm implements VersionedBody {

    @NotNull(message = "{validation.required}")
    private Long buildingId;

    @NotNull(message = "{validation.required}")
    @Min(value = -10, message = "{validation.range}")
    @Max(value = 100, message = "{validation.range}")
    private Integer floor;

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    private RoomType roomType;

    @DecimalMin(value = "0.01", message = "{validation.positive}")
    @DecimalMax(value = "99999999.99", message = "{validation.range}")
    @Digits(integer = 8, fraction = 2, message = "{validation.decimals2}")
    private BigDecimal area;

    private Long responsibleStaffId;
    private Long departmentId;
    private Long classId;

    @Size(max = 500, message = "{validation.tooLong}")
    private String note;

    private int version;

    static RoomForm of(RoomService.Row row) {
        RoomForm form = new RoomForm();
        form.buildingId = row.buildingId();
        form.floor = row.floor();
        form.code = row.code();
        form.name = row.name();
        form.roomType = row.roomType();
        form.area = row.area();
        form.responsibleStaffId = row.responsibleStaffId();
        form.departmentId = row.departmentId();
        form.classId = row.classId();
        form.note = row.note();
        form.version = row.version();
        return form;
    }

    public Long getBuildingId() { return buildingId; }
    public void setBuildingId(Long buildingId) { this.buildingId = buildingId; }
    public Integer getFloor() { return floor; }
    public void setFloor(Integer floor) { this.floor = floor; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public RoomType getRoomType() { return roomType; }
    public void setRoomType(RoomType roomType) { this.roomType = roomType; }
    public BigDecimal getArea() { return area; }
    public void setArea(BigDecimal area) { this.area = area; }
    public Long getResponsibleStaffId() { return responsibleStaffId; }
    public void setResponsibleStaffId(Long responsibleStaffId) { this.responsibleStaffId = responsibleStaffId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getClassId() { return classId; }
    public void setClassId(Long classId) { this.classId = classId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
