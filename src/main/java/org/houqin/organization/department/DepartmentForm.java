package org.houqin.organization.department;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** The department form, as the browser sends it. */
public class DepartmentForm implements VersionedBody {

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.tooLong}")
    private String name;

    private Long parentId;

    @Min(value = 0, message = "{validation.range}")
    @Max(value = 9999, message = "{validation.range}")
    private Integer sortOrder;

    private int version;

    static DepartmentForm of(DepartmentService.Row row) {
        DepartmentForm form = new DepartmentForm();
        form.code = row.code();
        form.name = row.name();
        form.parentId = row.parentId();
        form.sortOrder = row.sortOrder();
        form.version = row.version();
        return form;
    }

    int sortOrderOrZero() {
        return sortOrder == null ? 0 : sortOrder;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
