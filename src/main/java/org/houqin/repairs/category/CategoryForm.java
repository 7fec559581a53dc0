package org.houqin.repairs.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** The category form; {@code version} guards against overwriting someone else's edit. */
public class CategoryForm implements VersionedBody {

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.tooLong}")
    private String name;
    private boolean teaching;
    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.range}")
    @Max(value = 9999, message = "{validation.range}")
    private Integer sortOrder = 100;
    private boolean active = true;
    private int version;

    static CategoryForm of(CategoryService.Category category) {
        CategoryForm form = new CategoryForm();
        form.name = category.name();
        form.teaching = category.teaching();
        form.sortOrder = category.sortOrder();
        form.active = category.active();
        form.version = category.version();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public boolean isTeaching() {
        return teaching;
    }

    public void setTeaching(boolean teaching) {
        this.teaching = teaching;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
