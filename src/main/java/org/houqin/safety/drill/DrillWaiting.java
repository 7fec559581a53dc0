package org.houqin.safety.drill;

import java.time.Instant;
import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.waiting.WaitingItem;
import org.houqin.platform.waiting.WaitingItems;
import org.houqin.safety.SafetyPermissions;
import org.springframework.stereotype.Component;

/** 待完成的演练: planned drills whose day has passed, for those who record drills, until done or cancelled. */
@Component
class DrillWaiting implements WaitingItems {

    static final WaitingItem.Kind LATE = new WaitingItem.Kind("drill-late", "drill.waiting.kind");

    private final DrillQueries queries;
    private final SchoolClock clock;

    DrillWaiting(DrillQueries queries, SchoolClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public List<String> permissions() {
        return List.of(SafetyPermissions.DRILL_WRITE);
    }

    @Override
    public long count(CurrentUser user) {
        return user.can(SafetyPermissions.DRILL_WRITE) ? queries.lateCount(user.requireSchool(), today()) : 0;
    }

    @Override
    public List<WaitingItem> items(CurrentUser user, int limit) {
        if (!user.can(SafetyPermissions.DRILL_WRITE)) {
            return List.of();
        }
        return queries.late(user.requireSchool(), today(), limit).stream()
                .map(r -> new WaitingItem(LATE, DrillDocuments.DRILL.labelKey(), r.number(), r.title(),
                        r.organizerName(), r.plannedAt(), DrillDocuments.DRILL.link(r.id())))
                .toList();
    }

    /** A drill is past its date from the day after it was planned for. */
    private Instant today() {
        return clock.startOf(clock.today());
    }
}
