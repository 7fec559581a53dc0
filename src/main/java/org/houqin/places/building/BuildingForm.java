package org.houqin.places.building;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** A building: its code (used in room codes), name, campus and floors. */
public class BuildingForm implements VersionedBody {

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.tooLong}")
    private String campusName = "主校区";

    @NotBlank(message = "{validation.required}")
    @Size(max = 16, message = "{validation.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.range}")
    @Max(value = 100, message = "{validation.range}")
    private Integer floorsAbove;

    @Min(value = 0, message = "{validation.range}")
    @Max(value = 10, message = "{validation.range}")
    private Integer floorsBelow;

    @Min(value = 1800, message = "{validation.range}")
    @Max(value = 2200, message = "{validation.range}")
    private Integer builtYear;

    @Size(max = 500, message = "{validation.tooLong}")
    private String note;

    private int version;

    static BuildingForm of(BuildingService.Row row) {
        BuildingForm form = new BuildingForm();
        form.campusName = row.campusName();
        form.code = row.code();
        form.name = row.name();
        form.floorsAbove = row.floorsAbove();
        form.floorsBelow = row.floorsBelow();
        form.builtYear = row.builtYear();
        form.note = row.note();
        form.version = row.version();
        return form;
    }

    int floorsBelowOrZero() {
        return floorsBelow == null ? 0 : floorsBelow;
    }

    public String getCampusName() { return campusName; }
    public void setCampusName(String campusName) { this.campusName = campusName == null ? null : campusName.strip(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public Integer getFloorsAbove() { return floorsAbove; }
    public void setFloorsAbove(Integer floorsAbove) { this.floorsAbove = floorsAbove; }
    public Integer getFloorsBelow() { return floorsBelow; }
    public void setFloorsBelow(Integer floorsBelow) { this.floorsBelow = floorsBelow; }
    public Integer getBuiltYear() { return builtYear; }
    public void setBuiltYear(Integer builtYear) { this.builtYear = builtYear; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
