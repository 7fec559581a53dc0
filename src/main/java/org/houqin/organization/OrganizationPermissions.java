package org.houqin.organization;

import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the organization module. */
@Configuration(proxyBeanMethods = false)
public class OrganizationPermissions {

    public static final String SCHOOL_MANAGE = "organization:school:manage";
    public static final String DEPARTMENT_READ = "organization:department:read";
    public static final String DEPARTMENT_WRITE = "organization:department:write";
    public static final String STAFF_READ = "organization:staff:read";
    public static final String STAFF_WRITE = "organization:staff:write";
    public static final String STAFF_REVEAL = "organization:staff:reveal";
    public static final String CLASS_READ = "organization:class:read";
    public static final String CLASS_WRITE = "organization:class:write";
    public static final String SEMESTER_READ = "organization:semester:read";
    public static final String SEMESTER_WRITE = "organization:semester:write";

    @Bean
    PermissionSet organizationPermissionSet() {
        return PermissionSet.of("organization", SCHOOL_MANAGE, DEPARTMENT_READ, DEPARTMENT_WRITE, STAFF_READ,
                STAFF_WRITE, STAFF_REVEAL, CLASS_READ, CLASS_WRITE, SEMESTER_READ, SEMESTER_WRITE);
    }
}
