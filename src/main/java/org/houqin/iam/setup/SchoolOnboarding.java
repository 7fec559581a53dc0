package org.houqin.iam.setup;

import java.util.Set;

import org.houqin.iam.role.RoleService;
import org.houqin.iam.user.UserForm;
import org.houqin.iam.user.UserService;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A new school arrives with its built-in roles and its first administrator, or not at all. */
@Service
class SchoolOnboarding {

    private final OrganizationApi organization;
    private final UserService users;
    private final RoleService roles;

    SchoolOnboarding(OrganizationApi organization, UserService users, RoleService roles) {
        this.organization = organization;
        this.users = users;
        this.roles = roles;
    }

    @Transactional
    long createSchoolWithAdmin(SetupForm form) {
        if (form.getPassword() == null || !form.getPassword().equals(form.getConfirm())) {
            throw new RuleViolation("confirm", "password.mismatch");
        }
        long school;
        try {
            school = organization.createSchool(form.getSchoolCode(), form.getSchoolName());
        } catch (RuleViolation violation) {
            throw new RuleViolation("schoolCode", violation.messageKey());
        }
        UserForm admin = new UserForm();
        admin.setUsername(form.getUsername());
        admin.setDisplayName(form.getDisplayName());
        admin.setPassword(form.getPassword());
        admin.setRoleIds(Set.of(roles.idByCode(school, "ADMIN").orElseThrow()));
        users.create(school, admin);
        return school;
    }
}
