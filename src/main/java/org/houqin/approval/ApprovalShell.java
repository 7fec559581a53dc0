package org.houqin.approval;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The approval menu. What waits for the reader's decision is counted and listed by 待办 ({@link ApprovalWaiting}). */
@Configuration(proxyBeanMethods = false)
class ApprovalShell {

    @Bean
    MenuItems approvalMenu() {
        return MenuItems.of(
                new MenuItem("menu.section.approval", "menu.approval.inbox", "/approvals", ApprovalPermissions.INBOX,
                        "✓", 50),
                new MenuItem("menu.section.approval", "menu.approval.delegations", "/approvals/delegations",
                        ApprovalPermissions.INBOX, "⇄", 60),
                new MenuItem("menu.section.admin", "menu.approval.rules", "/approvals/rules",
                        ApprovalPermissions.RULE_WRITE, "☷", 950));
    }
}
