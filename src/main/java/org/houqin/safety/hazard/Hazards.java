package org.houqin.safety.hazard;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.houqin.platform.db.Where;
import org.houqin.platform.document.DocumentHistory;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.timeline.TimelineEntry;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.routines.checklist.HazardLevel;
import org.houqin.safety.SafetyPermissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazards a user may see (隐患台账): the office, the re-inspectors and the archive's readers see the school's
 * all; everyone else sees those they reported, were assigned or rectified. A hazard outside that is not found (404).
 */
@Service
@Transactional(readOnly = true)
public class Hazards {

    /** The register's filters; each applies only when given. */
    public record Filter(HazardStatus status, HazardLevel level, HazardCategory category, Long roomId,
                         LocalDate from, LocalDate to, boolean overdue) {
    }

    private final HazardStore store;
    private final DocumentHistory documents;
    private final SchoolClock clock;

    Hazards(HazardStore store, DocumentHistory documents, SchoolClock clock) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
    }

    public PageResult<HazardRow> page(CurrentUser me, ListQuery query, Filter filter) {
        return store.page(where(me, filter), query);
    }

    /** Every hazard of the register's filter, for the Excel export (streamed, bounded). */
    public void forEach(CurrentUser me, ListQuery query, Filter filter, Consumer<HazardRow> each) {
        store.forEach(where(me, filter), query, each);
    }

    /** The hazard if the user may see it; otherwise 404, the same as for one that does not exist. */
    public HazardRow visible(CurrentUser me, long id) {
        return store.find(me.requireSchool(), id).filter(h -> mayRead(me, h))
                .orElseThrow(() -> new NotFoundException("hazard", id));
    }

    /** A room's latest hazards, for its page: only those the user may open are linked. */
    public List<HazardRow> ofRoom(long schoolId, long roomId, int limit) {
        return store.ofRoom(schoolId, roomId, limit);
    }

    public List<TimelineEntry> history(long schoolId, long id) {
        return documents.of(schoolId, HazardDocuments.HAZARD, id);
    }

    public static boolean seesAll(CurrentUser me) {
        return me.can(SafetyPermissions.HAZARD_MANAGE) || me.can(SafetyPermissions.ARCHIVE_READ)
                || me.can(SafetyPermissions.HAZARD_RECHECK);
    }

    public static boolean mayRead(CurrentUser me, HazardRow h) {
        return seesAll(me) || me.userId() == nz(h.reportedBy()) || me.userId() == nz(h.assigneeUserId())
                || me.userId() == nz(h.rectifiedBy());
    }

    private Where where(CurrentUser me, Filter f) {
        Where where = Where.of("h.school_id", "school", me.requireSchool());
        if (!seesAll(me)) {
            where.and("(h.reported_by = :me OR h.assignee_user_id = :me OR h.rectified_by = :me)", "me", me.userId());
        }
        where.equal("h.status", f.status()).equal("h.level", f.level()).equal("h.category", f.category())
                .equal("h.room_id", f.roomId());
        if (f.from() != null) {
            where.atLeast("h.reported_at", java.sql.Timestamp.from(clock.startOf(f.from())));
        }
        if (f.to() != null) {
            where.before("h.reported_at", java.sql.Timestamp.from(clock.startOf(f.to().plusDays(1))));
        }
        if (f.overdue()) {
            where.and("h.status = 'RECTIFYING' AND h.due_at < :now", "now", java.sql.Timestamp.from(clock.now()));
        }
        return where;
    }

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }
}
