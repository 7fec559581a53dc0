package org.houqin.repairs.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.Sorts;
import org.houqin.repairs.Priority;
import org.houqin.repairs.RepairStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests a user may see: lists and exports, the dispatch board, a worker's tasks, a room's latest requests, and
 * one request with its history and materials. Its steps are {@link RepairService}'s, {@link RepairReporting}'s and
 * {@link RepairWork}'s.
 */
@Service
@Transactional(readOnly = true)
public class Repairs {

    static final Sorts SORTS = Sorts.of("priority", "r.priority_rank", "reported", "r.reported_at", "due", "r.due_at",
            "number", "r.number", "status", "r.status", "place", "r.place")
            .neverNull("priority", "reported", "due", "number", "status", "place");

    /** The source of a request opened for a hazard: {@code hazard:<id>:<number>}. */
    public static final String HAZARD_SOURCE = "hazard:";

    /** Which part of the life of requests a list shows. */
    public enum View { OPEN, CHECK, CLOSED, ALL }

    public record Filter(View view, Long categoryId, Priority priority, boolean mine) {
        public Filter {
            view = view == null ? View.ALL : view;
        }
    }

    public record Row(long id, String number, RepairStatus status, Priority priority, long categoryId,
                      String categoryName, Long roomId, String place, String description, boolean urgent,
                      Long reporterUserId, String reporterName, String reporterPhone, Instant reportedAt, Instant dueAt,
                      Long assigneeUserId, String assigneeName, String contractor, BigDecimal contractorCost,
                      Instant assignedAt, Instant startedAt, Instant finishedAt, Instant closedAt, String workNote,
                      BigDecimal workHours, Integer rating, String ratingComment, boolean autoClosed, String reason,
                      boolean damage, Long damageClassId, Long damageStaffId, String damageNote, Long planId,
                      Long assetId, int version, String source) {

        /** The hazard (隐患) this request repairs, when it was opened for one: {@code hazard:<id>:<number>}. */
        public String hazardNumber() {
            return source != null && source.startsWith(HAZARD_SOURCE) ? source.substring(source.lastIndexOf(':') + 1)
                    : null;
        }

        public Long hazardId() {
            return hazardNumber() == null ? null : Long.valueOf(source.split(":")[1]);
        }

        public boolean overdue() {
            return Repair.overdue(status, dueAt, Instant.now());
        }

        public boolean guest() {
            return reporterUserId == null && planId == null;
        }
    }

    public record Event(String action, RepairStatus fromStatus, RepairStatus toStatus, String actorName, String note,
                        Instant at) {
    }

    public record Material(long id, String name, String unit, BigDecimal quantity) {
    }

    private final RepairStore store;

    Repairs(RepairStore store) {
        this.store = store;
    }

    PageResult<Row> page(long schoolId, CurrentUser me, ListQuery query, Filter filter) {
        return store.page(schoolId, me, query, filter);
    }

    /** Every request of the list in its order, as the database sends them, at most 100,000 (the export). */
    void forEach(long schoolId, CurrentUser me, ListQuery query, Filter filter, Consumer<Row> each) {
        store.forEach(schoolId, me, query, filter, each);
    }

    /** The dispatch board: every request still in the office's hands that the user may see, most pressing first. */
    List<Row> board(long schoolId, CurrentUser me) {
        return store.board(schoolId, me);
    }

    /** A worker's tasks: what is assigned to them and not finished, then what they finished in the last week. */
    List<Row> tasks(long schoolId, long userId) {
        return store.tasks(schoolId, userId);
    }

    /** A request read for another module following its link (a hazard's repair), without a reader's scope. */
    public Optional<Row> byId(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    Optional<Row> find(long schoolId, CurrentUser me, long id) {
        return store.find(schoolId, me, id);
    }

    /** The request if the user may see it; otherwise 404, the same as for a request that does not exist. */
    Row visible(CurrentUser me, long id) {
        return store.find(me.requireSchool(), me, id).orElseThrow(() -> new NotFoundException("repair", id));
    }

    /** The latest requests of a room, for its page (everyone who may see the room sees that it is being repaired). */
    List<Row> ofRoom(long schoolId, long roomId, int limit) {
        return store.ofRoom(schoolId, roomId, limit);
    }

    List<Event> history(long schoolId, long requestId) {
        return store.history(schoolId, requestId);
    }

    List<Material> materials(long schoolId, long requestId) {
        return store.materials(schoolId, requestId);
    }
}
