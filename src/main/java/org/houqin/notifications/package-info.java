/**
 * Tells people what concerns them: an in-app inbox with a count in the top bar, and the same message by e-mail and
 * to the school's 企业微信 / 钉钉 group robots, queued with the business change and sent after commit with retries.
 */
@ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"platform", "audit", "iam", "organization"})
package org.houqin.notifications;

import org.springframework.modulith.ApplicationModule;
