package org.houqin.safety.letter;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.houqin.platform.document.DocumentForm;

/**
 * 下发责任书: a template issued for a school year to the holders of some roles and the staff of some departments (and
 * those below them). Sent twice with the same submission key, it is one batch.
 */
public class LetterIssueForm extends DocumentForm {

    @NotNull
    private Long templateId;
    @NotNull
    @Pattern(regexp = "[0-9]{4}-[0-9]{4}", message = "{letter.schoolYear.format}")
    private String schoolYear;
    private List<String> roles = new ArrayList<>();
    private List<Long> departmentIds = new ArrayList<>();

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear == null ? null : schoolYear.strip();
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public List<Long> getDepartmentIds() {
        return departmentIds;
    }

    public void setDepartmentIds(List<Long> departmentIds) {
        this.departmentIds = departmentIds == null ? new ArrayList<>() : departmentIds;
    }
}
