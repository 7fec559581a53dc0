package org.houqin.safety.letter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.notifications.Notifications;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's view of issued batches: each batch's collection rate, the rate per department, who is missing, and
 * 催签, a reminder to everyone still missing, at most once a day per person.
 */
@Service
public class LetterBatches {

    public record Row(long id, String number, long templateId, LetterRole role, long revisionId, String title,
                      String schoolYear, String roles, String departmentIds, Long renewedFrom, String issuedByName,
                      Instant issuedAt, int version, long collected, long due) {

        public CollectionRate rate() {
            return new CollectionRate(collected, due);
        }

        public List<String> roleList() {
            return roles.isBlank() ? List.of() : List.of(roles.split(","));
        }

        public List<Long> departmentList() {
            return departmentIds == null || departmentIds.isBlank() ? List.of()
                    : Arrays.stream(departmentIds.split(",")).map(Long::valueOf).toList();
        }
    }

    /** Collected and due of one department (null: staff without a department), or of a whole year. */
    public record DepartmentCount(Long departmentId, long collected, long due) {

        public CollectionRate rate() {
            return new CollectionRate(collected, due);
        }
    }

    private final LetterBatchStore store;
    private final LetterStore letters;
    private final Notifications notifications;
    private final AuditLog audit;
    private final SchoolClock clock;

    LetterBatches(LetterBatchStore store, LetterStore letters, Notifications notifications, AuditLog audit,
                  SchoolClock clock) {
        this.store = store;
        this.letters = letters;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query, String schoolYear) {
        return store.page(schoolId, query, schoolYear);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    @Transactional(readOnly = true)
    public List<String> schoolYears(long schoolId) {
        return store.schoolYears(schoolId);
    }

    @Transactional(readOnly = true)
    public List<DepartmentCount> byDepartment(long schoolId, long batchId) {
        return store.byDepartment(schoolId, batchId);
    }

    /** The rate of every letter of the school year, all batches together. */
    @Transactional(readOnly = true)
    public CollectionRate ofYear(long schoolId, String schoolYear) {
        return store.ofYear(schoolId, schoolYear).rate();
    }

    /** The batch's letters within the reader's data scope, by department and name. */
    @Transactional(readOnly = true)
    public List<Letters.Row> roster(long schoolId, CurrentUser me, long batchId) {
        return letters.ofBatch(schoolId, batchId, Letters.scope(me));
    }

    /** 催签: notifies everyone still missing who was not reminded today; how many were reminded now. */
    @Transactional
    public int remind(long schoolId, CurrentUser me, Row batch) {
        List<Long> users = letters.remind(schoolId, batch.id(), clock.today());
        if (!users.isEmpty()) {
            notifications.notify(schoolId, users, "letter.notice.reminder", List.of(batch.title(), batch.schoolYear()),
                    "/safety/letters/mine");
            audit.changedIn(schoolId, "safety", "letter_batch", batch.id(), "REMIND", null,
                    Map.of("reminded", users.size(), "by", me.userId()));
        }
        return users.size();
    }
}
