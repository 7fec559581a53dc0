package org.houqin.warehouse.requisition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.houqin.approval.ApprovalDecided;
import org.houqin.approval.ApprovalHandler;
import org.houqin.approval.Approvals;
import org.houqin.approval.Submission;
import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.notifications.Notifications;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.warehouse.WarehouseDocuments;
import org.houqin.warehouse.WarehousePermissions;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领用: a requisition is numbered ({@code RQ-2026-00042}), valued at the store's average cost and submitted for
 * approval in one transaction; the approval's end moves it on; the storekeeper issues it through the stock ledger,
 * all or part, with the receiver's signature, or closes what is left.
 */
@Service
public class Requisitions implements ApprovalHandler {

    private final RequisitionStore store;
    private final StockLedger ledger;
    private final Approvals approvals;
    private final Attachments attachments;
    private final DocumentNumbers numbers;
    private final Notifications notifications;
    private final IamApi iam;
    private final AuditLog audit;
    private final SchoolClock clock;
    private final RequisitionForms forms;

    Requisitions(RequisitionStore store, StockLedger ledger, Approvals approvals,
                 Attachments attachments, DocumentNumbers numbers, Notifications notifications, IamApi iam,
                 AuditLog audit, SchoolClock clock, RequisitionForms forms) {
        this.forms = forms;
        this.store = store;
        this.ledger = ledger;
        this.approvals = approvals;
        this.attachments = attachments;
        this.numbers = numbers;
        this.notifications = notifications;
        this.iam = iam;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a requisition and submits it for approval; the same form sent twice gives the same requisition. */
    @Transactional
    public long create(long schoolId, CurrentUser me, RequisitionForm form) {
        UUID key = Submissions.ofUser(form.getSubmissionKey(), me.userId());
        store.lockSubmission(key);
        var existing = store.bySubmissionKey(schoolId, key);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (me.departmentId() == null) {
            throw RuleViolation.of("requisition.noDepartment");
        }
        List<RequisitionForm.Line> lines = forms.check(schoolId, form);
        BigDecimal estimate = estimate(form.getStoreId(), lines);
        Instant now = clock.now();
        String number = numbers.next(schoolId, WarehouseDocuments.REQUISITION);
        long id = store.insert(schoolId, new RequisitionStore.NewRequisition(number, form.getStoreId(),
                me.departmentId(), me.userId(), me.displayName(), form.getPurpose(), form.getNeededOn(), estimate,
                key, now));
        store.replaceLines(schoolId, id, newLines(lines));
        audit.changedIn(schoolId, "warehouse", "requisition", id, "CREATE", null,
                Map.of("number", number, "lines", lines.size(), "estimate", estimate));
        submit(schoolId, id, number, me.departmentId(), me.userId(), estimate);
        return id;
    }

    /** The requester changes a returned requisition and submits it again. */
    @Transactional
    public void resubmit(long schoolId, CurrentUser me, long id, RequisitionForm form) {
        RequisitionRow row = find(schoolId, id);
        Requisition requisition = store.load(schoolId, id).orElseThrow();
        if (requisition.version != form.getVersion()) {
            throw new OptimisticLockingFailureException("requisition " + id + " changed");
        }
        requisition.resubmit(me.userId());
        List<RequisitionForm.Line> lines = forms.check(schoolId, form);
        BigDecimal estimate = estimate(form.getStoreId(), lines);
        if (!store.updateHead(schoolId, id, form.getVersion(), form.getStoreId(), form.getPurpose(), form.getNeededOn(),
                estimate, clock.now())) {
            throw new OptimisticLockingFailureException("requisition " + id + " changed");
        }
        store.replaceLines(schoolId, id, newLines(lines));
        audit.changedIn(schoolId, "warehouse", "requisition", id, "RESUBMIT", Map.of("status", "RETURNED"),
                Map.of("status", "SUBMITTED", "lines", lines.size(), "estimate", estimate));
        submit(schoolId, id, row.number(), row.departmentId(), row.requesterUserId(), estimate);
    }

    /** The requester takes back a requisition waiting for approval or for changes. */
    @Transactional
    public void withdraw(long schoolId, CurrentUser me, long id, int version) {
        Requisition requisition = load(schoolId, id, version);
        boolean pending = requisition.status == RequisitionStatus.SUBMITTED;
        requisition.withdraw(me.userId());
        save(schoolId, requisition, null);
        if (pending) {
            approvals.withdraw(schoolId, me, WarehouseDocuments.REQUISITION.code(), id);
        }
        audit.changedIn(schoolId, "warehouse", "requisition", id, "WITHDRAW", null, Map.of("status", "WITHDRAWN"));
    }

    @Override
    public String documentType() {
        return WarehouseDocuments.REQUISITION.code();
    }

    /** The approval of a requisition came to its end, in the transaction of the last decision. */
    @Override
    public void decided(ApprovalDecided decided) {
        long schoolId = decided.schoolId();
        Requisition requisition = store.load(schoolId, decided.documentId())
                .orElseThrow(() -> new NotFoundException("requisition", decided.documentId()));
        requisition.decided(decided.outcome().name());
        save(schoolId, requisition, null);
        if (requisition.status == RequisitionStatus.APPROVED) {
            RequisitionRow row = find(schoolId, requisition.id);
            List<Long> keepers = iam.usersWithPermission(schoolId, WarehousePermissions.REQUISITION_ISSUE).stream()
                    .map(IamApi.UserRef::id).toList();
            notifications.notify(schoolId, keepers, "requisition.notify.toIssue",
                    List.of(row.number(), row.requesterName(), row.summary()), link(requisition.id));
        }
    }

    /** A page of the requisitions the user may see, in the view, of the status, matching the search; newest first. */
    @Transactional(readOnly = true)
    PageResult<RequisitionRow> page(long schoolId, CurrentUser me, ListQuery query, RequisitionView view,
                                    RequisitionStatus status) {
        return store.page(schoolId, me, query, view, status);
    }

    /** The same list whole, up to {@code limit} rows, for the export. */
    @Transactional(readOnly = true)
    List<RequisitionRow> all(long schoolId, CurrentUser me, ListQuery query, RequisitionView view,
                             RequisitionStatus status, int limit) {
        return store.all(schoolId, me, query, view, status, limit);
    }

    /**
     * A requisition the user may open: their scope covers it, it is theirs, or they decide its approval step now
     * (an approver from another department, or one deciding for a colleague away).
     */
    @Transactional(readOnly = true)
    RequisitionRow visible(long schoolId, CurrentUser me, long id) {
        return store.find(schoolId, me, id)
                .or(() -> approvals.panel(schoolId, me, WarehouseDocuments.REQUISITION.code(), id).mine().isPresent()
                        ? store.find(schoolId, id) : java.util.Optional.empty())
                .orElseThrow(() -> new NotFoundException("requisition", id));
    }

    /** One of the user's own requisitions, for a change or a withdrawal. */
    @Transactional(readOnly = true)
    RequisitionRow own(long schoolId, CurrentUser me, long id) {
        return store.find(schoolId, me, id).filter(row -> row.requesterUserId() == me.userId())
                .orElseThrow(() -> new NotFoundException("requisition", id));
    }

    /** A requisition whatever the reader's scope: for the storekeeper at the store, or the system. */
    @Transactional(readOnly = true)
    public RequisitionRow find(long schoolId, long id) {
        return store.find(schoolId, id).orElseThrow(() -> new NotFoundException("requisition", id));
    }

    /** The lines in the order asked, with what the store holds of each item now. */
    @Transactional(readOnly = true)
    public List<RequisitionLineRow> lines(long schoolId, long id) {
        return store.lines(schoolId, id);
    }

    /** The hand-overs at the store, oldest first. */
    @Transactional(readOnly = true)
    List<IssueRow> issues(long schoolId, long id) {
        return store.issues(schoolId, id);
    }

    /** What each hand-over gave, and at what value. */
    @Transactional(readOnly = true)
    List<IssuedLine> issuedLines(long schoolId, long id) {
        return store.issuedLines(schoolId, id);
    }

    static String link(long id) {
        return "/warehouse/requisitions/" + id;
    }

    private void submit(long schoolId, long id, String number, Long departmentId, long requester, BigDecimal estimate) {
        RequisitionRow row = find(schoolId, id);
        String title = row.summary() == null ? number : abbreviate(row.summary(), 120);
        approvals.submit(schoolId, new Submission(WarehouseDocuments.REQUISITION.code(), id, number, title, estimate, null, departmentId,
                requester, link(id)));
    }

    private static List<RequisitionStore.NewLine> newLines(List<RequisitionForm.Line> lines) {
        return lines.stream().map(line -> new RequisitionStore.NewLine(line.getItemId(), line.getQuantity(),
                line.getNote())).toList();
    }

    private BigDecimal estimate(long storeId, List<RequisitionForm.Line> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (RequisitionForm.Line line : lines) {
            total = total.add(line.getQuantity().multiply(store.unitCost(line.getItemId(), storeId)));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    Requisition load(long schoolId, long id, int version) {
        Requisition requisition = store.load(schoolId, id).orElseThrow(() -> new NotFoundException("requisition", id));
        if (requisition.version != version) {
            throw new OptimisticLockingFailureException("requisition " + id + " changed");
        }
        return requisition;
    }

    void save(long schoolId, Requisition requisition, String closeNote) {
        if (!store.saveStatus(schoolId, requisition, clock.now(), closeNote)) {
            throw new OptimisticLockingFailureException("requisition " + requisition.id + " changed");
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
