/** The operation log: who changed what, when and from where, with before and after; logins and denials too. */
@ApplicationModule(displayName = "Audit",
        allowedDependencies = {"platform"})
package org.houqin.audit;

import org.springframework.modulith.ApplicationModule;
