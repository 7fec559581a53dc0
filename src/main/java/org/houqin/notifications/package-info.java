/** Tells people what concerns them: an in-app inbox with a count in the top bar (e-mail and group robots later). */
@ApplicationModule(displayName = "Notifications")
package org.houqin.notifications;

import org.springframework.modulith.ApplicationModule;
