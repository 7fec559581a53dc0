/** Users, login and lockout, roles with permissions and data scopes, sessions, API tokens, first-run setup. */
@ApplicationModule(displayName = "Identity and access")
package org.houqin.iam;

import org.springframework.modulith.ApplicationModule;
