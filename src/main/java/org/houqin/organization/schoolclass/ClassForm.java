package org.houqin.organization.schoolclass;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** A class: its grade, name, head count (the basis of textbook distribution) and class teacher. */
public class ClassForm implements VersionedBody {

    @NotNull(message = "{validation.required}")
    private Long gradeId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.range}")
    @Max(value = 200, message = "{validation.range}")
    private Integer headCount;

    private Long classTeacherId;
    private Integer sortOrder;
    private int version;

    static ClassForm of(ClassService.ClassRow row) {
        ClassForm form = new ClassForm();
        form.gradeId = row.gradeId();
        form.name = row.name();
        form.headCount = row.headCount();
        form.classTeacherId = row.classTeacherId();
        form.version = row.version();
        return form;
    }

    public Long getGradeId() { return gradeId; }
    public void setGradeId(Long gradeId) { this.gradeId = gradeId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public Integer getHeadCount() { return headCount; }
    public void setHeadCount(Integer headCount) { this.headCount = headCount; }
    public Long getClassTeacherId() { return classTeacherId; }
    public void setClassTeacherId(Long classTeacherId) { this.classTeacherId = classTeacherId; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
