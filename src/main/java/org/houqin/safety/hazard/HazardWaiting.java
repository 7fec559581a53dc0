package org.houqin.safety.hazard;

import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.waiting.WaitingItem;
import org.houqin.platform.waiting.WaitingItems;
import org.houqin.safety.SafetyPermissions;
import org.springframework.stereotype.Component;

/**
 * 待办 from hazards: new hazards to dispatch (the office), hazards to rectify (their responsible person) and
 * rectified hazards to re-inspect (those who re-inspect, never their own rectification). Each leads to the hazard's
 * page, which its reader may open.
 */
@Component
class HazardWaiting implements WaitingItems {

    static final WaitingItem.Kind DISPATCH = new WaitingItem.Kind("hazard-dispatch", "hazard.waiting.dispatch");
    static final WaitingItem.Kind RECTIFY = new WaitingItem.Kind("hazard-rectify", "hazard.waiting.rectify");
    static final WaitingItem.Kind RECHECK = new WaitingItem.Kind("hazard-recheck", "hazard.waiting.recheck");
    private static final int TITLE_LENGTH = 60;

    private final HazardWaitingQueries queries;

    HazardWaiting(HazardWaitingQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<String> permissions() {
        return List.of(SafetyPermissions.HAZARD_MANAGE, SafetyPermissions.HAZARD_RECHECK,
                SafetyPermissions.HAZARD_READ);
    }

    @Override
    public long count(CurrentUser user) {
        return reads(user) ? queries.count(user) : 0;
    }

    @Override
    public List<WaitingItem> items(CurrentUser user, int limit) {
        return reads(user) ? queries.oldest(user, limit).stream().map(HazardWaiting::item).toList() : List.of();
    }

    private static boolean reads(CurrentUser user) {
        return user.can(SafetyPermissions.HAZARD_READ) && user.schoolId() != null;
    }

    private static WaitingItem item(HazardWaitingQueries.Row row) {
        String title = row.place() + " · " + row.description();
        WaitingItem.Kind kind = switch (row.status()) {
            case REPORTED -> DISPATCH;
            case RECTIFYING -> RECTIFY;
            default -> RECHECK;
        };
        return new WaitingItem(kind, HazardDocuments.HAZARD.labelKey(), row.number(),
                title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH) + "…" : title, row.reportedByName(),
                row.since(), HazardDocuments.HAZARD.link(row.id()));
    }
}
