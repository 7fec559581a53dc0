package org.houqin.iam.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** First run: the school and its first administrator. */
public class SetupForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
    private String schoolCode;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    private String schoolName;

    @NotBlank(message = "{validation.required}")
    @Size(min = 2, max = 64, message = "{validation.length}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{validation.username}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.tooLong}")
    private String displayName;

    private String password;
    private String confirm;

    public String getSchoolCode() { return schoolCode; }
    public void setSchoolCode(String schoolCode) { this.schoolCode = schoolCode == null ? null : schoolCode.strip(); }
    public String getSchoolName() { return schoolName; }
    public void setSchoolName(String schoolName) { this.schoolName = schoolName == null ? null : schoolName.strip(); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.strip(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? null : displayName.strip(); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirm() { return confirm; }
    public void setConfirm(String confirm) { this.confirm = confirm; }
}
