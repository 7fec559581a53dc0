package org.houqin.repairs.request;

import java.util.ArrayList;
import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.waiting.WaitingItem;
import org.houqin.platform.waiting.WaitingItems;
import org.houqin.repairs.RepairDocuments;
import org.houqin.repairs.RepairStatus;
import org.houqin.repairs.RepairsPermissions;
import org.springframework.stereotype.Component;

/**
 * 待办 from repairs: requests escalated to the school (上报学校) for those who decide them, and new requests (待受理)
 * for the office that dispatches them, within what each may see; each leads to the request's page, which has the
 * step.
 */
@Component
class RepairWaiting implements WaitingItems {

    static final WaitingItem.Kind ESCALATED = new WaitingItem.Kind("repair-escalated", "waiting.kind.repairEscalated");
    static final WaitingItem.Kind NEW = new WaitingItem.Kind("repair-new", "waiting.kind.repairNew");
    private static final int TITLE_LENGTH = 60;

    private final RepairWaitingQueries queries;

    RepairWaiting(RepairWaitingQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<String> permissions() {
        return List.of(RepairsPermissions.DECIDE, RepairsPermissions.DISPATCH);
    }

    @Override
    public long count(CurrentUser user) {
        List<RepairStatus> statuses = statusesFor(user);
        return statuses.isEmpty() ? 0 : queries.count(user.requireSchool(), user, statuses);
    }

    @Override
    public List<WaitingItem> items(CurrentUser user, int limit) {
        List<RepairStatus> statuses = statusesFor(user);
        return statuses.isEmpty() ? List.of()
                : queries.oldest(user.requireSchool(), user, statuses, limit).stream().map(RepairWaiting::item).toList();
    }

    /** What waits for this user: deciding escalated requests, dispatching new ones. */
    private static List<RepairStatus> statusesFor(CurrentUser user) {
        List<RepairStatus> statuses = new ArrayList<>(2);
        if (user.can(RepairsPermissions.DECIDE)) {
            statuses.add(RepairStatus.ESCALATED);
        }
        if (user.can(RepairsPermissions.DISPATCH)) {
            statuses.add(RepairStatus.NEW);
        }
        return statuses;
    }

    private static WaitingItem item(RepairWaitingQueries.Row row) {
        String title = row.place() + " · " + row.description();
        return new WaitingItem(row.status() == RepairStatus.ESCALATED ? ESCALATED : NEW, RepairDocuments.REQUEST.labelKey(),
                row.number(), title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH) + "…" : title,
                row.reporterName(), row.since(), "/repairs/" + row.id());
    }
}
