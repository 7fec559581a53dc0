/**
 * Web shell, database start-up, security primitives, errors, menus, Excel, PDF, QR codes, school settings and
 * demo-data hooks that every other module builds on.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package org.houqin.platform;

import org.springframework.modulith.ApplicationModule;
