package org.houqin.organization.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.houqin.platform.api.VersionedBody;

/** The staff form, also the target of each imported row. */
public class StaffForm implements VersionedBody {

    /** A mainland mobile number, or a landline with area code. */
    public static final String PHONE = "(1[3-9]\\d{9})|(0\\d{2,3}-?\\d{7,8})";

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{validation.code}")
    private String employeeNo;

    @NotBlank(message = "{validation.required}")
    @Size(max = 32, message = "{validation.tooLong}")
    private String name;

    @Pattern(regexp = "|男|女", message = "{validation.gender}")
    private String gender;

    @Pattern(regexp = "|" + PHONE, message = "{validation.phone}")
    private String phone;

    @Size(max = 64, message = "{validation.tooLong}")
    private String position;

    private Long departmentId;
    private boolean active = true;
    private int version;

    static StaffForm of(StaffService.Row row) {
        StaffForm form = new StaffForm();
        form.employeeNo = row.employeeNo();
        form.name = row.name();
        form.gender = row.gender();
        form.phone = row.phone();
        form.position = row.position();
        form.departmentId = row.departmentId();
        form.active = row.active();
        form.version = row.version();
        return form;
    }

    public String getEmployeeNo() { return employeeNo; }
    public void setEmployeeNo(String employeeNo) { this.employeeNo = trim(employeeNo); }
    public String getName() { return name; }
    public void setName(String name) { this.name = trim(name); }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = trim(gender); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = trim(phone); }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = trim(position); }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
