package org.houqin.approval;

import java.util.List;
import java.util.Map;

import org.houqin.platform.menu.MenuItem;
import org.houqin.platform.menu.MenuItems;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.HomeTiles;
import org.houqin.platform.web.ShellAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The approval menu, the number of submissions waiting for the reader in every page's top bar, and on the home page
 * when there are any.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalShell implements ShellAttributes, HomeTiles {

    private final Approvals approvals;

    ApprovalShell(Approvals approvals) {
        this.approvals = approvals;
    }

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

    @Override
    public void contribute(CurrentUser user, Map<String, Object> model) {
        model.put("pendingApprovals", waiting(user));
    }

    @Override
    public List<Tile> tilesFor(CurrentUser user) {
        long waiting = waiting(user);
        return waiting == 0 ? List.of() : List.of(new Tile("home.approval.waiting", String.valueOf(waiting), "/approvals"));
    }

    private long waiting(CurrentUser user) {
        if (user.schoolId() == null || !user.can(ApprovalPermissions.INBOX)) {
            return 0;
        }
        return approvals.inboxCount(user.schoolId(), user);
    }
}
