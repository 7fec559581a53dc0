package org.houqin.organization;

import java.util.Map;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.pdf.PrintAttributes;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ShellAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The organization's menu entries, the current semester shown in every page's top bar and the school's name on every
 * printed form.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationShell implements ShellAttributes, PrintAttributes {

    private final OrganizationApi organization;

    OrganizationShell(OrganizationApi organization) {
        this.organization = organization;
    }

    @Override
    public void contribute(CurrentUser user, Map<String, Object> model) {
        model.put("currentSemester", user.schoolId() == null ? null
                : organization.currentSemester(user.schoolId()).orElse(null));
    }

    /** Every printed form is headed with the school's name. */
    @Override
    public void contribute(long schoolId, Map<String, Object> model) {
        model.putIfAbsent("school", organization.school(schoolId).map(OrganizationApi.SchoolRef::name).orElse(""));
    }

    @Bean
    MenuItems organizationMenu() {
        String section = "menu.section.organization";
        return MenuItems.of(
                new MenuItem(section, "menu.departments", "/org/departments", OrganizationPermissions.DEPARTMENT_READ, "▦", 500),
                new MenuItem(section, "menu.staff", "/org/staff", OrganizationPermissions.STAFF_READ, "☺", 510),
                new MenuItem(section, "menu.classes", "/org/classes", OrganizationPermissions.CLASS_READ, "☷", 520),
                new MenuItem(section, "menu.semesters", "/org/semesters", OrganizationPermissions.SEMESTER_READ, "◷", 530),
                new MenuItem("menu.section.admin", "menu.schools", "/admin/schools", OrganizationPermissions.SCHOOL_MANAGE, "⌂", 900));
    }
}
