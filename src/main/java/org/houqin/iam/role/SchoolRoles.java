package org.houqin.iam.role;

import org.houqin.organization.SchoolCreated;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Gives a new school its built-in roles, in the same transaction that creates the school. */
@Component
class SchoolRoles {

    private final RoleService roles;

    SchoolRoles(RoleService roles) {
        this.roles = roles;
    }

    /** First, so that the approval rules other modules give a new school find the roles they name. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SchoolCreated school) {
        roles.addBuiltIn(school.schoolId());
    }
}
