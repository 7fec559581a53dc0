/**
 * Schools (the tenants), the department tree, staff, grades and classes with head counts, school years and
 * semesters with the current one.
 */
@ApplicationModule(displayName = "Organization",
        allowedDependencies = {"platform", "audit"})
package org.houqin.organization;

import org.springframework.modulith.ApplicationModule;
