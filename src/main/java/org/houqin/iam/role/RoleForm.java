package org.houqin.iam.role;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** The role form: name, data scope, chosen departments and permissions. */
public class RoleForm implements VersionedBody {

    @Size(max = 32, message = "{validation.tooLong}")
    @Pattern(regexp = "[A-Z0-9_]*", message = "{validation.roleCode}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.tooLong}")
    private String name;

    @NotNull(message = "{validation.required}")
    private DataScopeKind dataScope;

    private Set<Long> departmentIds = new LinkedHashSet<>();
    private Set<String> permissions = new LinkedHashSet<>();
    private int version;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip().toUpperCase(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public DataScopeKind getDataScope() { return dataScope; }
    public void setDataScope(DataScopeKind dataScope) { this.dataScope = dataScope; }
    public Set<Long> getDepartmentIds() { return departmentIds; }
    public void setDepartmentIds(Set<Long> departmentIds) { this.departmentIds = departmentIds == null ? new LinkedHashSet<>() : departmentIds; }
    public Set<String> getPermissions() { return permissions; }
    public void setPermissions(Set<String> permissions) { this.permissions = permissions == null ? new LinkedHashSet<>() : permissions; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
