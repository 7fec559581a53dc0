package org.houqin.iam.role;

import org.houqin.organization.SchoolCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Gives a new school its built-in roles, in the same transaction that creates the school. */
@Component
class SchoolRoles {

    private final Roles roles;

    SchoolRoles(Roles roles) {
        this.roles = roles;
    }

    @EventListener
    void on(SchoolCreated school) {
        for (RoleTemplates.Template template : RoleTemplates.SCHOOL) {
            long id = roles.insert(school.schoolId(), template.code(), template.name(), template.scope(), true);
            roles.replacePermissions(id, template.permissions());
        }
    }
}
