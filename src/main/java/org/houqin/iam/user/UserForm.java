package org.houqin.iam.user;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** The user form. The password is asked only when creating; the username cannot change afterwards. */
public class UserForm implements VersionedBody {

    @Size(min = 2, max = 64, message = "{validation.length}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{validation.username}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.tooLong}")
    private String displayName;

    private String password;
    private Long staffId;
    private Set<Long> roleIds = new LinkedHashSet<>();
    private int version;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.strip(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? null : displayName.strip(); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public Set<Long> getRoleIds() { return roleIds; }
    public void setRoleIds(Set<Long> roleIds) { this.roleIds = roleIds == null ? new LinkedHashSet<>() : roleIds; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
