/** Users, login and lockout, roles with permissions and data scopes, sessions, API tokens, first-run setup. */
@ApplicationModule(displayName = "Identity and access",
        allowedDependencies = {"platform", "audit", "organization"})
package org.houqin.iam;

import org.springframework.modulith.ApplicationModule;
